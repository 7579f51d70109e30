import type { SiteRule } from './site-model.ts';

/** Every question is listed in exactly one section, and every listed id has its file. */
export const sectionLists: SiteRule = (model) => {
  const problems: ReturnType<SiteRule> = [];
  if (model.questions.length === 0) {
    problems.push({
      file: 'questions/',
      message: 'There are no questions: the questions folder is empty or missing.',
      hint: 'Add at least one questions/<question-id>.md file.',
    });
  }
  if (model.sections.length === 0) {
    problems.push({
      file: 'sections/',
      message: 'There are no sections: the sections folder is empty or missing.',
      hint: 'Add at least one sections/<section-id>.md file that lists its questions.',
    });
  }
  const questionIds = new Set(model.questions.map((q) => q.id));
  const aliasOwner = new Map(model.questions.flatMap((q) => q.aliases.map((alias) => [alias, q.id] as const)));
  const listedIn = new Map<string, string[]>();
  for (const section of model.sections) {
    section.questions.forEach((id, i) => {
      if (listedIn.get(id)?.at(-1) === section.id) return;
      listedIn.set(id, [...(listedIn.get(id) ?? []), section.id]);
      if (questionIds.has(id)) return;
      const owner = aliasOwner.get(id);
      problems.push({
        file: section.file,
        line: section.lines[`questions[${i}]`],
        message: owner
          ? `Section "${section.id}" lists "${id}", which is an alias of question "${owner}", not a question id.`
          : `Section "${section.id}" lists question "${id}", but there is no questions/${id}.md or .mdx.`,
        hint: owner
          ? `List "${owner}" instead.`
          : `Create the question file, or correct the id in the section's "questions" list.`,
      });
    });
  }
  // A section whose list could not be read may list any question: its own problem is the one to fix.
  const unread = model.sections.some((section) => !section.questionsRead);
  for (const question of model.questions) {
    const sections = listedIn.get(question.id) ?? [];
    if (sections.length === 0 && !unread) {
      problems.push({
        file: question.file,
        message: `Question "${question.id}" is not listed in any section, so no page would show it.`,
        hint: `Add "${question.id}" to the "questions" list of one section.`,
      });
    } else if (sections.length > 1) {
      problems.push({
        file: question.file,
        message: `Question "${question.id}" is listed in ${sections.length} sections (${sections.join(', ')}).`,
        hint: 'A question lives in exactly one section: remove it from all but one.',
      });
    }
  }
  return problems;
};
