import { describe, expect, it } from 'vitest';
import { contentWith, runScript } from '../support/content-copy.ts';

interface Mistake {
  name: string;
  changes: Record<string, string | null>;
  /** The file named in the message, relative to the content folder. */
  file: string;
  line?: number;
  message: string;
  hint: string;
}

const question = (frontmatter: string, body = 'An answer.') => `---\n${frontmatter}\n---\n\n${body}\n`;
const alpha = (ids: string[]) => `---\ntitle: "Alpha"\norder: 1\nsummary: "Questions that stayed."\nquestions:\n${ids.map((id) => `  - ${id}`).join('\n')}\n---\n`;

const mistakes: Mistake[] = [
  {
    name: 'frontmatter that is not valid YAML',
    changes: { 'questions/reworded.md': question('question: "Unclosed quote\naliases: [a, b]') },
    file: 'questions/reworded.md', line: 3, message: 'The frontmatter is not valid YAML: Missing closing "quote', hint: 'Check the quotes',
  },
  {
    name: 'a missing question',
    changes: { 'questions/reworded.md': question('updated: 2026-01-01') },
    file: 'questions/reworded.md', line: 1, message: 'The required field "question" is missing', hint: 'question: "',
  },
  {
    name: 'an empty question',
    changes: { 'questions/reworded.md': question('question: ""') },
    file: 'questions/reworded.md', line: 2, message: 'The question text is empty', hint: 'Correct the value of "question"',
  },
  {
    name: 'a field of the wrong type',
    changes: { 'questions/renamed.md': question('question: "Which image?"\naliases: old-name') },
    file: 'questions/renamed.md', line: 3, message: 'The field "aliases" is invalid', hint: 'Correct the value of "aliases"',
  },
  {
    name: 'an unknown field',
    changes: { 'questions/reworded.md': question('question: "How?"\nupdatd: 2026-01-01') },
    file: 'questions/reworded.md', line: 3, message: 'Unknown field "updatd". Did you mean "updated"?', hint: 'The fields are: question, aliases, updated',
  },
  {
    name: 'MDX with an unclosed tag',
    changes: { 'questions/moved.md': null, 'questions/moved.mdx': question('question: "Resize?"', 'First paragraph.\n\n<Note>\nNever closed.') },
    file: 'questions/moved.mdx', line: 7, message: 'The MDX does not compile: Expected a closing tag for `<Note>`', hint: 'Close every tag',
  },
  {
    name: 'MDX with a stray {',
    changes: { 'questions/moved.md': null, 'questions/moved.mdx': question('question: "Resize?"', 'Fine.\n\nBroken { here.') },
    file: 'questions/moved.mdx', line: 7, message: 'The MDX does not compile: Unexpected end of file in expression', hint: 'write a literal { or < as \\{',
  },
  {
    name: 'MDX using a component that does not exist',
    changes: { 'questions/moved.md': null, 'questions/moved.mdx': question('question: "Resize?"', '<Nte>\nA typo.\n</Nte>') },
    file: 'questions/moved.mdx', line: 5, message: 'The component <Nte> does not exist. Did you mean "Note"?', hint: 'Answers can use: <Note>',
  },
  {
    name: 'a question in no section',
    changes: { 'questions/orphan.md': question('question: "Where do I go?"') },
    file: 'questions/orphan.md', message: 'Question "orphan" is not listed in any section', hint: 'Add "orphan" to the "questions" list of one section',
  },
  {
    name: 'a question in two sections',
    changes: { 'sections/alpha.md': alpha(['reworded', 'renamed', 'moved']) },
    file: 'questions/moved.md', message: 'Question "moved" is listed in 2 sections (alpha, beta)', hint: 'remove it from all but one',
  },
  {
    name: 'a section listing an id that has no file',
    changes: { 'sections/alpha.md': alpha(['reworded', 'renamed', 'ghost']) },
    file: 'sections/alpha.md', message: 'lists question "ghost", but there is no questions/ghost.md', hint: 'Create the question file',
  },
  {
    name: 'two questions with the same id (an alias of one is the id of another)',
    changes: { 'questions/renamed.md': question('question: "Which image?"\naliases: [old-name, moved]') },
    file: 'questions/renamed.md', message: 'The alias "moved" is already used by question "moved"', hint: 'choose another',
  },
  {
    name: 'an empty answer',
    changes: { 'questions/reworded.md': '---\nquestion: "How?"\n---\n\n' },
    file: 'questions/reworded.md', line: 4, message: 'The answer is empty', hint: 'Write the answer',
  },
  {
    name: 'a question text over 200 characters',
    changes: { 'questions/reworded.md': question(`question: "${'Why '.repeat(60)}?"`) },
    file: 'questions/reworded.md', line: 2, message: 'characters long; the limit is 200', hint: 'Shorten the question',
  },
  {
    name: 'a question text with a trailing space',
    changes: { 'questions/reworded.md': question('question: "How do I reach it? "') },
    file: 'questions/reworded.md', line: 2, message: 'starts or ends with a space', hint: 'Remove the space',
  },
  {
    name: 'a link to a question id that does not exist',
    changes: { 'questions/reworded.md': question('question: "How?"', 'Line one.\n\nSee [the moved one](/q/movd/).') },
    file: 'questions/reworded.md', line: 7, message: 'there is no id or alias "movd". Did you mean "moved"?', hint: 'Link a question as /q/<question-id>/',
  },
  {
    name: 'a link to an anchor that is not on that section page',
    changes: { 'questions/reworded.md': question('question: "How?"', 'See [renamed](/alpha/#renamd).') },
    file: 'questions/reworded.md', line: 5, message: 'points at no question of section "alpha". Did you mean "renamed"?', hint: '/q/<question-id>/',
  },
  {
    name: 'a link to a section that does not exist',
    changes: { 'questions/reworded.md': question('question: "How?"', 'See [beta](/betta/).') },
    file: 'questions/reworded.md', line: 5, message: 'points at no page of this site. Did you mean "beta"?', hint: 'a section as /<section-id>/',
  },
  {
    name: 'an image without alt text',
    changes: { 'questions/reworded.md': question('question: "How?"', 'Look:\n\n![](diagram.png)') },
    file: 'questions/reworded.md', line: 7, message: 'An image has no alt text', hint: 'Describe the image',
  },
  {
    name: 'a raw <script> in an answer',
    changes: { 'questions/reworded.md': question('question: "How?"', 'Text.\n\n<script>alert(1)</script>') },
    file: 'questions/reworded.md', line: 7, message: 'contains a <script> element', hint: 'remove the script',
  },
  {
    name: 'an inline event handler in an answer',
    changes: { 'questions/reworded.md': question('question: "How?"', '<img src="x.png" alt="x" onerror="alert(1)">') },
    file: 'questions/reworded.md', line: 5, message: 'inline event handler (onerror)', hint: 'Remove the handler',
  },
  {
    name: 'a published id that no longer resolves',
    changes: { 'questions/renamed.md': question('question: "Which image?"') },
    file: 'published-ids.json', message: 'The published id "old-name" no longer resolves to any question', hint: 'add "old-name" to that question\'s "aliases"',
  },
];

const location = (m: Mistake) => (m.line ? `${m.file}:${m.line}\n` : `${m.file}\n`);

describe.concurrent.each(mistakes)('$name', (mistake) => {
  it('fails npm run check, naming the file, the line and the fix', async () => {
    const result = await runScript('check', contentWith(mistake.changes), ['--content-only']);
    expect(result.code).toBe(1);
    expect(result.output).toContain(location(mistake));
    expect(result.output).toContain(mistake.message);
    expect(result.output).toContain(mistake.hint);
  });

  it('fails npm run build with the same message and no stack trace', async () => {
    const result = await runScript('build', contentWith(mistake.changes), ['--outDir', contentWith() + '/dist']);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(location(mistake));
    expect(result.output).toContain(mistake.message);
    expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
  });
});

it('reports several mistakes in one run', async () => {
  const result = await runScript(
    'check',
    contentWith({
      'questions/reworded.md': question('questoin: "How?"'),
      'questions/moved.md': question('question: "Resize? "'),
      'sections/alpha.md': alpha(['reworded', 'renamed', 'ghost']),
    }),
    ['--content-only'],
  );
  expect(result.code).toBe(1);
  expect(result.output).toContain('questions/reworded.md:2\n  Unknown field "questoin". Did you mean "question"?');
  expect(result.output).toContain('questions/moved.md:2\n  The question text starts or ends with a space.');
  expect(result.output).toContain('sections/alpha.md\n  Section "alpha" lists question "ghost"');
  expect(result.output).toMatch(/4 problems/);
});

it('passes clean content with a one-line summary', async () => {
  const result = await runScript('check', contentWith(), ['--content-only']);
  expect(result.code).toBe(0);
  expect(result.output).toContain('3 questions in 2 sections, no problems.');
});
