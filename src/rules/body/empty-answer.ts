import type { BodyRule } from './body-rule.ts';

/** A question needs an answer: a body with more than blank lines, comments and link definitions. */
export const emptyAnswer: BodyRule = ({ file, facts }) =>
  file.collection === 'questions' && !facts.hasContent
    ? [
        {
          file: file.file,
          line: facts.firstLine,
          message: 'The answer is empty.',
          hint: 'Write the answer below the front matter.',
        },
      ]
    : [];
