import type { BodyRule } from './body-rule.ts';

/** The page's h1 is the section title and each question is an h2, so headings inside a body start at ###. */
export const headingLevels: BodyRule = ({ file, facts }) =>
  facts.headings
    .filter((heading) => heading.depth < 3)
    .map((heading) => ({
      file: file.file,
      line: heading.line,
      message: `A level-${heading.depth} heading (${'#'.repeat(heading.depth)}) would rank with ${
        heading.depth === 1 ? 'the section title' : 'the questions'
      } in the page's outline.`,
      hint: 'Start headings inside an answer or introduction at ### (level 3).',
    }));
