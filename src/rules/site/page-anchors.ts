import { sectionAnchor } from '../../urls/section-anchor.ts';
import type { SiteModel, SiteRule } from './site-model.ts';

type Owner = SiteModel['sections'][number] | SiteModel['questions'][number];

/** Headings whose id is already taken on a page (`taken`: each id with what holds it), the first keeping it. */
function headingClashes(owners: Owner[], taken: Map<string, string>, page: string, intros: Set<Owner>) {
  const problems: ReturnType<SiteRule> = [];
  for (const owner of owners) {
    for (const heading of owner.headings) {
      const previous = taken.get(heading.slug);
      if (previous) {
        problems.push({
          file: owner.file,
          line: heading.line,
          message: `This heading's id "${heading.slug}" is already taken on ${page}, by ${previous}.`,
          hint:
            'Reword the heading so that its id differs ' +
            '(or link to the question instead of repeating it as a heading).',
        });
      } else {
        const what = intros.has(owner) ? `the introduction of section "${owner.id}"` : `question "${owner.id}"`;
        taken.set(heading.slug, `a heading of ${what}`);
      }
    }
  }
  return problems;
}

/**
 * Headings inside answers get ids from their text, unique only within their own answer. On a section page
 * two answers' "### Example" would share an id, and a heading called like a question would take its anchor; the
 * page of all questions (`/all/`) holds every section's at once.
 */
export const pageAnchors: SiteRule = (model) => {
  const questions = new Map(model.questions.map((q) => [q.id, q]));
  const intros = new Set<Owner>(model.sections);
  const listedIn = (section: SiteModel['sections'][number]) =>
    section.questions.flatMap((id) => (questions.has(id) ? [questions.get(id)!] : []));
  const anchorsOf = (owners: SiteModel['questions']) =>
    owners.flatMap((q) => [q.id, ...q.aliases].map((anchor) => [anchor, `question "${q.id}"`] as const));
  const problems = model.sections.flatMap((section) => {
    // A question moved out of this section leaves its anchors here, leading on to it.
    const left = model.questions.filter((q) => q.movedFrom.includes(section.id));
    const taken = new Map<string, string>(anchorsOf([...listedIn(section), ...left]));
    for (const [id, removal] of Object.entries(model.registry.retired))
      if (removal.section === section.id) taken.set(id, `the retired id "${id}"`);
    return headingClashes([section, ...listedIn(section)], taken, `the page of section "${section.id}"`, intros);
  });
  if (!model.allQuestionsPage) return problems;
  const reported = new Set(problems.map(({ file, line }) => `${file}:${line}`));
  const taken = new Map<string, string>([
    ...model.sections.map((section) => [sectionAnchor(section.id), `the heading of section "${section.id}"`] as const),
    ...anchorsOf(model.sections.flatMap(listedIn)),
  ]);
  const everyOwner = model.sections.flatMap((section) => [section, ...listedIn(section)]);
  const onAll = headingClashes(everyOwner, taken, 'the page of all questions (/all/)', intros);
  return [...problems, ...onAll.filter(({ file, line }) => !reported.has(`${file}:${line}`))];
};
