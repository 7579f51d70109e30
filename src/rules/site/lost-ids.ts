import { basename } from 'node:path';
import type { SiteRule } from './site-model.ts';

/**
 * The `titles` a retired section keeps, for the fix, where Learn-style anchors land: its names upstream, when it was
 * synced, so that links to its heading on the source page keep landing.
 */
function titlesOf({ learnStyleAnchors, upstreamSectionNames }: Parameters<SiteRule>[0], id: string): string {
  if (!learnStyleAnchors) return '';
  const names = upstreamSectionNames.get(id) ?? ['<its title>'];
  return `, "titles": [${names.map((name) => JSON.stringify(name)).join(', ')}]`;
}

/** Every id ever published still lands: on a section, on a question (as its id or an alias) or on a removal page. */
export const lostIds: SiteRule = (model) => {
  const { questions, sections, registry, registryFile, registryLines } = model;
  const sectionIds = new Set(sections.map((s) => s.id));
  const live = new Set([...questions.flatMap((q) => [q.id, ...q.aliases]), ...sectionIds]);
  const registryName = basename(registryFile);
  const problems: ReturnType<SiteRule> = [];
  const listed = [...registry.published, ...registry.sections];
  const lost = listed.filter((id) => !live.has(id) && !(id in registry.retired));
  // Most of the ids gone at once: the registry is more likely another FAQ's (a fork that replaced the content, and
  // may share an id such as "support") than this one's losses, and one problem says so instead of one per id.
  if (listed.length >= 3 && lost.length > listed.length / 2) {
    const some = `${lost.slice(0, 5).join(', ')}${lost.length > 5 ? ', …' : ''}`;
    problems.push({
      file: registryFile,
      line: registryLines[registry.published.length > 0 ? 'published[0]' : 'sections[0]'],
      message:
        `${lost.length} of the ${listed.length} ids that ${registryName} lists are in this content no more ` +
        `(${some}): it looks like another FAQ's record of its addresses.`,
      hint:
        `For a new FAQ, such as a fork, start ${registryName} afresh: { "published": [], "sections": [] }. ` +
        `If this FAQ lost those questions and sections, restore their files, or give each id to the question that ` +
        `replaced it ("aliases") or retire it in "retired".`,
    });
    return problems;
  }
  registry.published.forEach((id, i) => {
    if (live.has(id) || id in registry.retired) return;
    problems.push({
      file: registryFile,
      line: registryLines[`published[${i}]`],
      message:
        `The published id "${id}" no longer resolves to any question: ` + `links to /q/${id}/ and #${id} would break.`,
      hint:
        `If a question replaced it, add "${id}" to that question's "aliases". ` +
        `If it was deleted on purpose, retire it in ${registryName}: ` +
        `"retired": { "${id}": { "section": "<section-id>" } }.`,
    });
  });
  registry.sections.forEach((id, i) => {
    if (live.has(id) || id in registry.retired) return;
    problems.push({
      file: registryFile,
      line: registryLines[`sections[${i}]`],
      message: `The published section "${id}" no longer exists: links to /${id}/ would break.`,
      hint:
        `Retire it in ${registryName}, naming the section its readers should go to: ` +
        `"retired": { "${id}": { "section": "<section-id>"${titlesOf(model, id)} } }, ` +
        `or with a "note" instead of "section" when no section took its place.`,
    });
  });
  for (const [id, retired] of Object.entries(registry.retired)) {
    const line = registryLines[`retired.${id}`];
    if (live.has(id)) {
      const [user, as] = sectionIds.has(id) ? ['section', 'its id'] : ['question', 'its id or an alias'];
      problems.push({
        file: registryFile,
        line,
        message: `"${id}" is retired but a ${user} still uses it as ${as}.`,
        hint: `Remove "${id}" from "retired", or from the ${user} that uses it.`,
      });
    }
    if (retired.section && !sectionIds.has(retired.section)) {
      problems.push({
        file: registryFile,
        line,
        message: `Retired id "${id}" points at section "${retired.section}", which does not exist.`,
        hint: `Use one of: ${[...sectionIds].join(', ')}.`,
      });
    }
  }
  return problems;
};
