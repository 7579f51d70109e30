import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { answerOf, attribute, byTag, findAll, readPage, textOf, type HtmlNode } from '../support/html.ts';
import { markupQuestion } from '../support/tricky-content.ts';
import { isPageId } from '../../src/urls/page-ids.ts';

// The one build of the tricky fixture content (tests/support/fixture-build-setup.ts): what it renders.
const outDir = inject('fixtureBuild');

describe('npm run build', () => {
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
    expect(findAll(note, (element) => element.tagName === 'td').map(textOf)).toEqual(['zones', '3']);
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
      'Before. Careful: bold and a link. After. Setting Value zones 3',
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

  it('land the anchors of the wording the source page last gave a question (upstream.json) on it', () => {
    const anchors = JSON.parse(readFileSync(join(outDir, 'anchors.json'), 'utf8')) as Record<string, string>;
    expect(anchors['may-an-answer-start-with-a-rule-']).toBe('/tricky/#opens-with-rule');
    const page = readPage(join(outDir, 'tricky/index.html'));
    const placed = findAll(page, (element) => element.properties?.['id'] === 'may-an-answer-start-with-a-rule');
    expect(placed.map((element) => element.tagName)).toEqual(['span']);
  });

  it('date each answer by its updated field, else its last commit, on the page and in structured data', () => {
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

  it("give a page's own parts only ids src/urls/page-ids.ts lists, which the heading check keeps from answers", () => {
    const page = readPage(join(outDir, 'tricky/index.html'));
    const anchors = JSON.parse(readFileSync(join(outDir, 'anchors.json'), 'utf8')) as Record<string, string>;
    const idsIn = (node: HtmlNode) => findAll(node, (element) => attribute(element, 'id') !== undefined);
    // What the content writes: answers and section introductions (each a .prose block), and the anchor map.
    const answers = findAll(page, (element) => attribute(element, 'className')?.split(' ').includes('prose') ?? false);
    const content = new Set([...Object.keys(anchors), ...answers.flatMap(idsIn).map((e) => attribute(e, 'id'))]);
    const own = idsIn(page)
      .map((element) => attribute(element, 'id')!)
      .filter((id) => !content.has(id));
    expect(own).toContain('main');
    expect(own.filter((id) => !isPageId(id))).toEqual([]);
  });
});
