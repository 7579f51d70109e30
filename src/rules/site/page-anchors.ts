import type { SiteRule } from './site-model.ts';

/**
 * Headings inside answers get ids from their text, unique only within their own answer. On a section page
 * two answers' "### Example" would share an id, and a heading called like a question would take its anchor.
 */
export const pageAnchors: SiteRule = (model) => {
  const questions = new Map(model.questions.map((q) => [q.id, q]));
  return model.sections.flatMap((section) => {
    const listed = section.questions.flatMap((id) => (questions.has(id) ? [questions.get(id)!] : []));
    // A question moved out of this section leaves its anchors here, leading on to it.
    const left = model.questions.filter((q) => q.movedFrom.includes(section.id));
    const taken = new Map<string, string>(
      [...listed, ...left].flatMap((q) =>
        [q.id, ...q.aliases].map((anchor) => [anchor, `question "${q.id}"`] as const),
      ),
    );
    for (const [id, removal] of Object.entries(model.registry.retired))
      if (removal.section === section.id) taken.set(id, `the retired id "${id}"`);
    const problems: ReturnType<SiteRule> = [];
    for (const owner of [section, ...listed]) {
      for (const heading of owner.headings) {
        const previous = taken.get(heading.slug);
        if (previous) {
          problems.push({
            file: owner.file,
            line: heading.line,
            message:
              `This heading's id "${heading.slug}" is already taken ` +
              `on the page of section "${section.id}", by ${previous}.`,
            hint:
              'Reword the heading so that its id differs ' +
              '(or link to the question instead of repeating it as a heading).',
          });
        } else {
          taken.set(
            heading.slug,
            owner === section ? `a heading of the section introduction` : `a heading of question "${owner.id}"`,
          );
        }
      }
    }
    return problems;
  });
};
