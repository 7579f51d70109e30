import type { SiteRule } from './site-model.ts';

/** Two questions asking the same thing, or two sections claiming the same place, are copy-paste mistakes. */
export const duplicates: SiteRule = (model) => {
  const problems: ReturnType<SiteRule> = [];
  const asked = new Map<string, string>();
  for (const question of model.questions) {
    if (!question.text) continue;
    const key = question.text.toLowerCase().replaceAll(/\s+/g, ' ');
    const first = asked.get(key);
    if (first) {
      problems.push({
        file: question.file,
        line: question.lines['question'],
        message: `Question "${question.id}" asks the same as question "${first}".`,
        hint: `Merge the answers into one question and add "${question.id}" to its aliases, or reword one of them.`,
      });
    } else asked.set(key, question.id);
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
