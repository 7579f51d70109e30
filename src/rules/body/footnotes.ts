import type { BodyRule } from './body-rule.ts';

/**
 * Footnotes number themselves per answer, with the same ids in every answer (`user-content-fn-1`) and their
 * own "Footnotes" heading, so two answers with footnotes on one section page would share ids and jump to
 * each other's notes.
 */
export const footnotes: BodyRule = ({ file, facts }) =>
  facts.footnotes.slice(0, 1).map((line) => ({
    file: file.file,
    line,
    message:
      'The answer uses a footnote ([^1]), which would clash with the footnotes of other answers on the section page.',
    hint: 'Say it in the text, in parentheses, or in a <Note> (in an .mdx file).',
  }));
