import type { BodyRule } from './body-rule.ts';

// Elements that only space text out: an answer of them alone has nothing to show.
const breaks = new Set(['br', 'hr', 'wbr']);

/** What `npm run new` writes where the answer goes, refused until the writer replaces it. */
export const answerPlaceholder = 'Write the answer here.';

/**
 * A question needs an answer: a body with more than blank lines, comments and link definitions, with some text to
 * read (not only a rule, a line break or a non-breaking space), and not `npm run new`'s placeholder.
 */
export const emptyAnswer: BodyRule = ({ file, facts }) => {
  if (file.collection !== 'questions') return [];
  const problem = (message: string) => [
    { file: file.file, line: facts.firstLine, message, hint: 'Write the answer below the front matter.' },
  ];
  const shown = facts.images.length > 0 || facts.elements.some(({ name }) => !breaks.has(name));
  if (!facts.hasContent || (!shown && !/[\p{L}\p{N}]/u.test(facts.plainText))) return problem('The answer is empty.');
  if (facts.plainText === answerPlaceholder) return problem('The answer is still the placeholder npm run new wrote.');
  return [];
};
