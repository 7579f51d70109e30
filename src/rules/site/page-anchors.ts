import { sectionAnchor } from '../../urls/section-anchor.ts';
import { isPageId } from '../../urls/page-ids.ts';
import { sitePaths } from '../../urls/site-paths.ts';
import { retiredIds } from '../../schemas/published-ids.ts';
import type { SiteModel, SiteRule } from './site-model.ts';

type Owner = SiteModel['sections'][number] | SiteModel['questions'][number];

const hint =
  'Reword the heading so that its id differs (or link to the question instead of repeating it as a heading).';

/**
 * Headings whose id is already taken: by the page's own parts, by an anchor that lands elsewhere (`anchors`), or on
 * a page (`taken`: each id with what holds it), where the first heading keeps it.
 */
function headingClashes(
  owners: Owner[],
  taken: Map<string, string>,
  page: string,
  intros: Set<Owner>,
  anchors: SiteModel['anchors'],
) {
  const problems: ReturnType<SiteRule> = [];
  for (const owner of owners) {
    for (const heading of owner.headings) {
      const previous = taken.get(heading.slug);
      if (isPageId(heading.slug)) {
        const message = `This heading's id "${heading.slug}" is one every page gives its own parts, such as main.`;
        problems.push({ file: owner.file, line: heading.line, message, hint });
      } else if (Object.hasOwn(anchors, heading.slug)) {
        const target = anchors[heading.slug];
        const message =
          `This heading's id "${heading.slug}" is already an anchor of the site, which lands on ${target} ` +
          "(a question's id, alias or Learn-style anchor).";
        problems.push({ file: owner.file, line: heading.line, message, hint });
      } else if (previous) {
        const message = `This heading's id "${heading.slug}" is already taken on ${page}, by ${previous}.`;
        problems.push({ file: owner.file, line: heading.line, message, hint });
      } else {
        const what = intros.has(owner) ? `the introduction of section "${owner.id}"` : `question "${owner.id}"`;
        taken.set(heading.slug, `a heading of ${what}`);
      }
    }
  }
  return problems;
}

/**
 * Headings inside answers get ids from their text, unique only within their own answer. On a section page two
 * answers' "### Example" would share an id, and the page of all questions (`/all/`) holds every section's at once.
 * No heading may take a fragment the anchor map owns: a heading called like a question would catch the links,
 * Learn's among them, that the map sends to that question. A section title's anchor is the exception: Learn's links
 * to it come to the home page, where no answer has headings.
 */
export const pageAnchors: SiteRule = (model) => {
  const questions = new Map(model.questions.map((q) => [q.id, q]));
  const intros = new Set<Owner>(model.sections);
  // A section title's Learn-style anchor lands on a section's address only where no element of a page has that id.
  const sectionIds = [...model.sections.map(({ id }) => id), ...Object.keys(retiredIds(model.registry, 'section'))];
  const sectionPages = new Set(sectionIds.map((id) => sitePaths('/').sectionPath(id)));
  const anchors = Object.fromEntries(Object.entries(model.anchors).filter(([, path]) => !sectionPages.has(path)));
  const listedIn = (section: SiteModel['sections'][number]) =>
    section.questions.flatMap((id) => (questions.has(id) ? [questions.get(id)!] : []));
  const problems = model.sections.flatMap((section) => {
    const page = `the page of section "${section.id}"`;
    return headingClashes([section, ...listedIn(section)], new Map(), page, intros, anchors);
  });
  if (!model.allQuestionsPage) return problems;
  const reported = new Set(problems.map(({ file, line }) => `${file}:${line}`));
  const taken = new Map<string, string>(
    model.sections.map((section) => [sectionAnchor(section.id), `the heading of section "${section.id}"`] as const),
  );
  const everyOwner = model.sections.flatMap((section) => [section, ...listedIn(section)]);
  const onAll = headingClashes(everyOwner, taken, 'the page of all questions (/all/)', intros, anchors);
  return [...problems, ...onAll.filter(({ file, line }) => !reported.has(`${file}:${line}`))];
};
