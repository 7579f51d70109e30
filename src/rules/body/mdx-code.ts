import type { BodyRule } from './body-rule.ts';

/** MDX can run JavaScript ({…} expressions, import, export, {...spread}); answers are content, not code. */
export const mdxCode: BodyRule = ({ file, facts }) =>
  facts.code.map((line) => ({
    file: file.file,
    line,
    message:
      'The answer contains MDX code: a {…} expression, an import or export line, or an attribute written in braces.',
    hint:
      'Write a literal brace as \\{, give attributes as text in quotes, and use components without importing them. ' +
      'A comment is {/* … */}.',
  }));
