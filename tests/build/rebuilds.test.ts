import { cpSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { contentWith, runScript } from '../support/content-copy.ts';
import { attribute, findAll, readPage, textOf } from '../support/html.ts';
import { question, section } from '../support/mistakes.ts';
import { snapshot, trickyButValid } from '../support/tricky-content.ts';

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
    'web-page',
    'remote-image',
    'cut-short',
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
  'questions/web-page.md': question('question: "Picture?"', '![Diagram](diagram.png)'),
  'questions/remote-image.md': question('question: "Remote picture?"', '![Diagram](https://example.com/a.png)'),
  'questions/diagram.png': '<!doctype html>\n<html><body>Not found</body></html>\n',
  'questions/cut-short.md': question('question: "Half a picture?"', '![Photo](photo.jpg)'),
  'questions/photo.jpg': readFileSync('tests/fixtures/images/pixel.jpg').subarray(0, 202),
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
  'questions/bad-yaml.md:2\n  The value opened with " on this line is never closed.',
  'questions/no-question.md:2\n  The required field "question" is missing.',
  'questions/misspelt.md:3\n  Unknown field "updatd". Did you mean "updated"?',
  'questions/bad-mdx.mdx:5\n  The MDX does not compile',
  'questions/empty.md:4\n  The answer is empty.',
  'questions/dead-link.md:5\n  The link "/q/movd/" points at no question: there is no id or alias "movd". ' +
    'Did you mean "moved"?',
  'questions/alias.md:3\n  The alias "moved" is already used by question "moved"',
  'questions/web-page.md:5\n  The image "diagram.png" is not an image file the build can read',
  // Astro prints a message as Markdown: the build's fixes keep their examples as written.
  'next to the question (if its licence allows) and write ![What it shows](diagram.png).',
  'questions/cut-short.md:5\n  The image "photo.jpg" is damaged',
  'published-ids.json:2\n  The published id "old-name" no longer resolves to any question',
  // beta's file is renamed to search.md: beta's published address is lost, with it where "pools" sent its readers.
  'published-ids.json:3\n  The published section "beta" no longer exists',
  'published-ids.json:7\n  Retired id "pools" points at section "beta", which does not exist.',
  'concept-map.json:3\n  dns: The list of phrases is empty',
  'questions/orphan.md\n  Question "orphan" is not listed in any section',
];

describe('npm run build over a site, and npm run check', () => {
  // A copy of the one build of the tricky fixture content (tests/support/fixture-build-setup.ts), to build over.
  const outDir = join(mkdtempSync(join(tmpdir(), 'faq-site-')), 'dist');
  let built: Record<string, string>;

  beforeAll(() => {
    cpSync(inject('fixtureBuild'), outDir, { recursive: true });
    built = snapshot(outDir);
  });

  it('refuse every mistake with its file and line, and leave the previous site byte for byte as it was', async () => {
    const dir = contentWith(broken);
    const [build, check] = await Promise.all([
      runScript('build', dir, ['--outDir', outDir]),
      runScript('check', dir, ['--content-only']),
    ]);
    for (const result of [build, check]) {
      expect(result.code).not.toBe(0);
      // Invisible word joiners keep Astro from reading the build's message as Markdown (src/pipeline/problems.ts).
      const output = result.output.replaceAll('\u2060', '');
      for (const mistake of expected) expect(output).toContain(mistake);
      expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
    }
    expect(build.output).toContain('still holds the previous site, unchanged');
    expect(check.output).toContain(`${expected.length} problems`);
    expect(check.output.match(/^ {2}Fix: /gm), 'every problem says how to fix it').toHaveLength(expected.length);
    expect(snapshot(outDir)).toEqual(built);
  });

  it("refuse broken site settings with the content's other mistakes, and leave the previous site", async () => {
    const dir = contentWith({
      ...trickyButValid,
      'site.json': '{\n  "title": "Fixture FAQ",\n  "url": "faq.example.org"\n}\n',
      'questions/orphan.md': question('question: "Where do I go?"'),
    });
    const [build, check] = await Promise.all([
      runScript('build', dir, ['--outDir', outDir]),
      runScript('check', dir, ['--content-only']),
    ]);
    for (const result of [build, check]) {
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('site.json:1\n  The required field "description" is missing.');
      expect(result.output).toContain('site.json:3\n  url: The site address must be a full address');
      expect(result.output).toContain('questions/orphan.md\n  Question "orphan" is not listed in any section');
      expect(result.output).not.toMatch(/Stack trace|^\s+at |Node\.js v/m);
    }
    expect(snapshot(outDir)).toEqual(built);
  });

  it('replace the previous site when the build succeeds, a reworded question kept at its permalink', async () => {
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

  it('build over the files of the site it replaced before, leaving none the new build did not write', async () => {
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

  it('build a folder built before again after another, its images shown as in its first build', async () => {
    const other = await runScript('build', contentWith(trickyButValid), ['--outDir', `${outDir}.other`]);
    expect(other.code, other.output).toBe(0);
    const again = join(mkdtempSync(join(tmpdir(), 'faq-site-')), 'dist');
    const result = await runScript('build', inject('fixtureContent'), ['--outDir', again]);
    expect(result.code, result.output).toBe(0);
    const images = (dist: string) =>
      findAll(readPage(join(dist, 'tricky/index.html')), (element) => element.tagName === 'img').map(
        (image) => image.properties,
      );
    expect(images(again)).toEqual(images(inject('fixtureBuild')));
    expect(images(again)).toContainEqual(expect.objectContaining({ alt: 'A tiny diagram', src: expect.any(String) }));
  }, 300_000);
});
