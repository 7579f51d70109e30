import type { SiteModel, SiteRule } from './site-model.ts';

type Question = SiteModel['questions'][number];

/**
 * Of questions that ask the same, the copies a writer most likely just made, and what gives them away: being in no
 * section yet, or else an id not yet published. Undefined when nothing tells them from the others.
 */
function copiesAmong(same: Question[], model: SiteModel): { copies: Question[]; tell: string } | undefined {
  const listed = new Set(model.sections.flatMap((section) => section.questions));
  const published = new Set(model.registry.published);
  const tells = [
    { tell: 'it is in no section yet', isNew: (question: Question) => !listed.has(question.id) },
    { tell: 'its id is not in published-ids.json yet', isNew: (question: Question) => !published.has(question.id) },
  ];
  for (const { tell, isNew } of tells) {
    const copies = same.filter(isNew);
    if (copies.length > 0 && copies.length < same.length) return { copies, tell };
  }
  return undefined;
}

/** Two questions asking the same thing, or two sections claiming the same place, are copy-paste mistakes. */
export const duplicates: SiteRule = (model) => {
  const problems: ReturnType<SiteRule> = [];
  const asking = Map.groupBy(
    model.questions.filter((question) => question.text),
    (question) => question.text!.toLowerCase().replaceAll(/\s+/g, ' '),
  );
  for (const same of asking.values()) {
    if (same.length < 2) continue;
    const found = copiesAmong(same, model);
    if (found) {
      const original = same.find((question) => !found.copies.includes(question))!;
      for (const copy of found.copies)
        problems.push({
          file: copy.file,
          line: copy.lines['question'],
          message:
            `Question "${copy.id}" asks the same as question "${original.id}", ` +
            `and looks like a copy of it: ${found.tell}.`,
          hint:
            'Reword this question and its answer to make it a new one, or delete this file ' +
            `(if it was copied by mistake); "${original.id}" stays as it is.`,
        });
    } else
      for (const question of same) {
        const other = same.find((another) => another !== question)!;
        problems.push({
          file: question.file,
          line: question.lines['question'],
          message: `Question "${question.id}" asks the same as question "${other.id}".`,
          hint: 'Merge the answers into one of them, with the id of the other in its aliases, or reword one of them.',
        });
      }
  }
  const placed = new Map<number, string>();
  for (const section of model.sections) {
    if (section.order === undefined) continue;
    const first = placed.get(section.order);
    if (first) {
      problems.push({
        file: section.file,
        line: section.lines['order'],
        message:
          `Sections "${first}" and "${section.id}" both have order ${section.order}, ` +
          'so their place in the navigation is left to chance.',
        hint: 'Give each section its own order number.',
      });
    } else placed.set(section.order, section.id);
  }
  return problems;
};
