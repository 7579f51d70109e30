import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { question, section } from './mistakes.ts';

// Fixture content that is valid but easy to get wrong, built once for the build layer (fixture-build-setup.ts).

/** Every file of a folder with the hash of its bytes. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

/** Commits the given files of a content folder (all when none are given) as a writer would, on a given day. */
export function commit(dir: string, date: string, files = ['.']) {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Writer', '-c', 'user.email=writer@example.org', ...args], {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  git('init', '-q');
  git('add', ...files);
  git('commit', '-q', '-m', 'Write the answers');
}

const crlf = (text: string) => text.replaceAll('\n', '\r\n');
const bom = (text: string) => `\uFEFF${text}`;

const answer = [
  'A [permalink](/q/moved/), a [section anchor](/alpha/#renamed), ' +
    'a [Learn-style anchor](/#how-do-i-reach-the-api-server-from-a-pod), ' +
    '[a search](/search/?q=disk) and [mail](mailto:faq@example.org).',
  '',
  '- `<iframe>` and `[x](javascript:alert(1))` in code stay text',
  '- <kbd>Ctrl</kbd> + <kbd>K</kbd> opens search',
  '',
  '```html\n<script>alert("not run")</script>\n```',
  '',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  '',
  '<details><summary>More</summary>\n\nHidden text.\n\n</details>',
  '',
  '![A tiny diagram](diagram.svg)',
].join('\n');
const noteAnswer = [
  'Before.\n\n<Note>\nCareful: **bold** and a [link](/q/moved/).\n</Note>\n\nAfter.',
  // A row's cells on its line are inside the row, not a line of text.
  '<table>\n  <tr><th>Setting</th><th>Value</th></tr>\n  <tr><td>zones</td><td>3</td></tr>\n</table>',
].join('\n\n');
export const markupQuestion = `Is <script>alert("x")</script> & <b>bold</b> shown as text?`;

/**
 * Valid files that are easy to get wrong: byte-order mark, CRLF endings, markup-like text, a body opening with ---,
 * a question the source page words otherwise.
 */
export const trickyButValid = {
  'sections/tricky.md': section(
    'Tricky',
    9,
    ['plain', 'with-bom', 'with-crlf', 'note', 'note-crlf', 'markup', 'opens-with-rule'],
    '\n### About this section\n\nIt holds files that are [easy to get wrong](/q/markup/).\n',
  ),
  'questions/diagram.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
  // Beside the answers, every format Astro reads is an image, not a file the site would leave out.
  'questions/scan.tiff': readFileSync('tests/fixtures/images/pixel.tiff'),
  'questions/plain.md': question('question: "Does a plain file render?"', answer),
  'questions/with-bom.md': bom(question('question: "Does a file with a byte-order mark render?"', answer)),
  'questions/with-crlf.md': crlf(question('question: "Does a file with CRLF line endings render?"', answer)),
  'questions/note.mdx': question('question: "Does a note render?"', noteAnswer),
  'questions/note-crlf.mdx': bom(crlf(question('question: "Does a note with CRLF render?"', noteAnswer))),
  'questions/markup.md': question(
    `question: '${markupQuestion}'`,
    'Yes: a < b && "c" > \'d\', and &lt;img src=x onerror=alert(1)&gt; stays text.',
  ),
  'questions/opens-with-rule.md': question(
    'question: "Can an answer open with a rule?"',
    '---\n\nYes, after the rule.',
  ),
  // Synced from a source page that words it otherwise, in its Markdown: that wording's anchors land on it too.
  'upstream.json': JSON.stringify({
    questions: {
      'opens-with-rule': {
        section: 'tricky',
        question: 'May an answer *start* with a rule?',
        answer: 'Yes, after the rule.',
        answerDigest: '0'.repeat(64),
      },
    },
  }),
};
