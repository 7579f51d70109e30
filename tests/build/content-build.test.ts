import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentWith, runScript } from '../support/content-copy.ts';
import { answerOf, attribute, byTag, findAll, readPage, textOf } from '../support/html.ts';
import { question, section } from '../support/mistakes.ts';

/** Every file of a folder with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

/** Commits the given files of a content folder (all when none are given) as a writer would, on a given day. */
function commit(dir: string, date: string, files = ['.']) {
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
  'A [permalink](/q/moved/), a [section anchor](/alpha/#renamed), a [Learn-style anchor](/#how-do-i-reach-the-api-server-from-a-pod), [a search](/search/?q=disk) and [mail](mailto:faq@example.org).',
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
const noteAnswer = 'Before.\n\n<Note>\nCareful: **bold** and a [link](/q/moved/).\n</Note>\n\nAfter.';
const markupQuestion = `Is <script>alert("x")</script> & <b>bold</b> shown as text?`;

/**
 * Valid files that are easy to get wrong: a byte-order mark, CRLF endings, markup-like text, a body opening with ---.
 */
const trickyButValid = {
  'sections/tricky.md': section(
    'Tricky',
    9,
    ['plain', 'with-bom', 'with-crlf', 'note', 'note-crlf', 'markup', 'opens-with-rule'],
    '\n### About this section\n\nIt holds files that are [easy to get wrong](/q/markup/).\n',
  ),
  'questions/diagram.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
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
};

// The combined mistakes of issue 10 and the earlier ones, each in its own file, for one run of each command.
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const broken = {
  'sections/beta.md': null,
  'sections/search.md': section('Beta', 2, [
    'moved',
    'node-pool-upgrades',
    'system-pools',
    'js-link',
    'reference',
    'iframe',
    'latin1',
    'bad-yaml',
    'no-question',
    'misspelt',
    'bad-mdx',
    'empty',
    'dead-link',
    'alias',
  ]),
  'questions/js-link.md': question('question: "Link?"', '[Click here](javascript:alert(1))'),
  'questions/reference.md': question('question: "Reference?"', 'See [the other one][x].\n\n[x]: /q/no-such-id/'),
  'questions/iframe.mdx': question('question: "Frame?"', '<iframe src="https://example.com/"></iframe>'),
  'questions/latin1.md': latin1(question('question: "Latin?"', 'Caf\xe9.')),
  'questions/bad-yaml.md': question('question: "Unclosed'),
  'questions/no-question.md': question('updated: 2026-01-01'),
  'questions/misspelt.md': question('question: "Spelling?"\nupdatd: 2026-01-01'),
  'questions/bad-mdx.mdx': question('question: "MDX?"', '<Note>\nNever closed.'),
  'questions/empty.md': '---\nquestion: "Empty?"\n---\n',
  'questions/dead-link.md': question('question: "Dead?"', 'See [it](/q/movd/).'),
  'questions/alias.md': question('question: "Alias?"\naliases: [moved]'),
  'questions/renamed.md': question('question: "Which image?"'),
  'concept-map.json': '{\n  "clock drift": "time synchronization",\n  "dns": []\n}\n',
  'questions/orphan.md': question('question: "Where do I go?"'),
};
const expected = [
  'sections/search.md\n  The section id "search" is the name of one of the site\'s own pages (/search/).',
  'questions/js-link.md:5\n  The link "javascript:alert(1)" uses the javascript: scheme',
  'questions/reference.md:7\n  The link "/q/no-such-id/" points at no question',
  'questions/iframe.mdx:5\n  The answer contains a <iframe> element',
  'questions/latin1.md:5\n  The file is not valid UTF-8',
  'questions/bad-yaml.md:2\n  The front matter is not valid YAML',
  'questions/no-question.md:2\n  The required field "question" is missing.',
  'questions/misspelt.md:3\n  Unknown field "updatd". Did you mean "updated"?',
  'questions/bad-mdx.mdx:5\n  The MDX does not compile',
  'questions/empty.md:4\n  The answer is empty.',
  'questions/dead-link.md:5\n  The link "/q/movd/" points at no question: there is no id or alias "movd". Did you mean "moved"?',
  'questions/alias.md:3\n  The alias "moved" is already used by question "moved"',
  'published-ids.json:2\n  The published id "old-name" no longer resolves to any question',
  'concept-map.json:3\n  dns: The list of phrases is empty',
  'questions/orphan.md\n  Question "orphan" is not listed in any section',
];

describe('npm run build and npm run check', () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'faq-site-')), 'dist');
  let built: Record<string, string>;

  beforeAll(async () => {
    // A history with two days: every file on 10 January, the plain answer once more on 20 May.
    const dir = contentWith(trickyButValid);
    commit(dir, '2026-01-10T09:00:00Z', ['.', ':!questions/plain.md']);
    commit(dir, '2026-05-20T17:30:00Z', ['questions/plain.md']);
    const result = await runScript('build', dir, ['--outDir', outDir]);
    expect(result.code, result.output).toBe(0);
    built = snapshot(outDir);
  }, 300_000);

  it('render a file with a byte-order mark or CRLF endings exactly like the same file without', () => {
    const page = readPage(join(outDir, 'tricky/index.html'));
    // One line per node, so that a difference shows as the lines that differ.
    const answerLines = (id: string) => JSON.stringify(answerOf(page, id), null, 1).split('\n');
    expect(textOf(answerOf(page, 'plain'))).toContain('Hidden text.');
    expect(answerLines('with-bom')).toEqual(answerLines('plain'));
    expect(answerLines('with-crlf')).toEqual(answerLines('plain'));
    const note = answerOf(page, 'note');
    expect(findAll(note, (element) => element.properties?.['role'] === 'note').map(textOf)).toEqual([
      expect.stringContaining('Careful: bold and a link'),
    ]);
    expect(answerLines('note-crlf')).toEqual(answerLines('note'));
  });

  it('show code and markup-like text as text, and run nothing from an answer', () => {
    const page = readPage(join(outDir, 'tricky/index.html'));
    const heading = findAll(page, (element) => element.tagName === 'h2' && element.properties?.['id'] === 'markup')[0]!;
    expect(textOf(heading)).toBe(markupQuestion);
    expect(
      findAll(
        heading,
        (element) =>
          element.tagName !== 'h2' &&
          element.tagName !== 'a' &&
          element.tagName !== 'span' &&
          element.tagName !== 'button' &&
          element.tagName !== 'svg' &&
          element.tagName !== 'path',
      ),
    ).toEqual([]);
    expect(textOf(answerOf(page, 'markup'))).toContain(
      'a < b && “c” > ‘d’, and <img src=x onerror=alert(1)> stays text.',
    );
    expect(findAll(answerOf(page, 'markup'), byTag('img'))).toEqual([]);
    const plain = answerOf(page, 'plain');
    expect(findAll(plain, byTag('script'))).toEqual([]);
    expect(textOf(findAll(plain, byTag('pre'))[0]!)).toContain('<script>alert("not run")</script>');
    expect(findAll(plain, byTag('code')).map(textOf)).toContain('[x](javascript:alert(1))');
  });

  it('give structured data the question and answer as plain text', () => {
    const page = readPage(join(outDir, 'tricky/index.html'));
    const scripts = findAll(
      page,
      (element) => element.tagName === 'script' && element.properties?.['type'] === 'application/ld+json',
    );
    const data = scripts.map(
      (script) =>
        JSON.parse(textOf(script)) as {
          '@type': string;
          mainEntity: { name: string; acceptedAnswer: { text: string } }[];
        },
    );
    const entities = data.find((item) => item['@type'] === 'FAQPage')!.mainEntity;
    const markup = entities.find((entity) => entity.name === markupQuestion);
    expect(markup?.acceptedAnswer.text).toBe('Yes: a < b && “c” > ‘d’, and <img src=x onerror=alert(1)> stays text.');
    expect(entities.find((entity) => entity.name === 'Does a note render?')?.acceptedAnswer.text).toBe(
      'Before. Careful: bold and a link. After.',
    );
  });

  it('render an answer that opens with a rule, and an image beside the answer', () => {
    const page = readPage(join(outDir, 'tricky/index.html'));
    const rule = answerOf(page, 'opens-with-rule');
    expect(findAll(rule, byTag('hr'))).toHaveLength(1);
    expect(textOf(rule)).toContain('Yes, after the rule.');
    const [image] = findAll(answerOf(page, 'plain'), byTag('img'));
    expect(image?.properties?.['alt']).toBe('A tiny diagram');
    expect(existsSync(join(outDir, String(image?.properties?.['src'])))).toBe(true);
  });

  it('refuse every mistake with its file and line, and leave the previous site byte for byte as it was', async () => {
    const dir = contentWith(broken);
    const [build, check] = await Promise.all([
      runScript('build', dir, ['--outDir', outDir]),
      runScript('check', dir, ['--content-only']),
    ]);
    for (const result of [build, check]) {
      expect(result.code).not.toBe(0);
      for (const mistake of expected) expect(result.output).toContain(mistake);
      expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
    }
    expect(build.output).toContain('still holds the previous site, unchanged');
    expect(check.output).toContain(`${expected.length} problems`);
    expect(check.output.match(/^ {2}Fix: /gm), 'every problem says how to fix it').toHaveLength(expected.length);
    expect(snapshot(outDir)).toEqual(built);
  });

  it('refuse broken site settings with the file and line, and leave the previous site as it was', async () => {
    const result = await runScript(
      'build',
      contentWith({ ...trickyButValid, 'site.json': '{\n  "title": "Fixture FAQ",\n  "url": "faq.example.org"\n}\n' }),
      ['--outDir', outDir],
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('site.json:1\n  The required field "description" is missing.');
    expect(result.output).toContain('site.json:3\n  url: The site address must be a full address');
    expect(snapshot(outDir)).toEqual(built);
  });

  it('date each answer by its updated field, else by the last commit of its file, on the page and in structured data', () => {
    const days = (path: string) => {
      const page = readPage(join(outDir, path));
      const times = findAll(page, byTag('time')).map((time) => [String(time.properties?.['dateTime']), textOf(time)]);
      const scripts = findAll(
        page,
        (element) => element.tagName === 'script' && element.properties?.['type'] === 'application/ld+json',
      );
      const faqPage = scripts
        .map(
          (script) =>
            JSON.parse(textOf(script)) as {
              '@type': string;
              dateModified: string;
              mainEntity: { dateModified: string }[];
            },
        )
        .find((data) => data['@type'] === 'FAQPage')!;
      return {
        times,
        modified: [faqPage.dateModified, ...faqPage.mainEntity.map((question) => question.dateModified)],
      };
    };
    expect(days('tricky/index.html').times.slice(0, 2)).toEqual([
      ['2026-05-20', 'May 20, 2026'],
      ['2026-01-10', 'January 10, 2026'],
    ]);
    expect(days('tricky/index.html').modified.slice(0, 3)).toEqual([
      '2026-05-20T17:30:00.000Z',
      '2026-05-20T17:30:00.000Z',
      '2026-01-10T09:00:00.000Z',
    ]);
    // The fixture's "reworded" says `updated: 2026-03-14`, "moved" says nothing.
    expect(days('alpha/index.html').times[0]).toEqual(['2026-03-14', 'March 14, 2026']);
    expect(days('beta/index.html').times[0]).toEqual(['2026-01-10', 'January 10, 2026']);
  });

  it('replace the previous site when the new build succeeds, keeping a reworded question at its id and permalink', async () => {
    const reworded = contentWith({
      ...trickyButValid,
      'questions/renamed.md': question(
        'question: "Which image does a new node pool get?"\naliases: [old-name]',
        'The newest.',
      ),
    });
    const result = await runScript('build', reworded, ['--outDir', outDir]);
    expect(result.code, result.output).toBe(0);
    const heading = findAll(
      readPage(join(outDir, 'alpha/index.html')),
      (element) => element.tagName === 'h2' && element.properties?.['id'] === 'renamed',
    );
    expect(heading.map(textOf)).toEqual([expect.stringContaining('Which image does a new node pool get?')]);
    const redirect = findAll(
      readPage(join(outDir, 'q/renamed/index.html')),
      (element) => attribute(element, 'httpEquiv') === 'refresh',
    );
    expect(redirect.map((meta) => attribute(meta, 'content'))).toEqual(['0; url=/alpha/#renamed']);
  }, 300_000);

  it('build over the files of the site it replaced the time before, and leave none of them that the new build did not write', async () => {
    const { 'questions/opens-with-rule.md': removed, ...rest } = trickyButValid;
    expect(removed).toBeDefined();
    const dir = contentWith({
      ...rest,
      'sections/tricky.md': section('Tricky', 9, ['plain', 'with-bom', 'with-crlf', 'note', 'note-crlf', 'markup']),
    });
    const permalink = 'q/plain/index.html';
    const replaced = statSync(join(`${outDir}.spare`, permalink)).ino;
    const result = await runScript('build', dir, ['--outDir', outDir]);
    expect(result.code, result.output).toBe(0);
    expect(statSync(join(outDir, permalink)).ino, 'the file was written over, not made anew').toBe(replaced);
    expect(existsSync(join(outDir, 'q/opens-with-rule/index.html'))).toBe(false);

    const fresh = join(mkdtempSync(join(tmpdir(), 'faq-site-')), 'dist');
    const freshResult = await runScript('build', dir, ['--outDir', fresh]);
    expect(freshResult.code, freshResult.output).toBe(0);
    expect(snapshot(outDir)).toEqual(snapshot(fresh));
  }, 300_000);
});
