import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFaqModel } from '../../src/faq/faq-model.ts';
import { searchRecords } from '../../src/search/index/faq-records.ts';
import { decodeLexicon } from '../../src/search/lexicon.ts';
import {
  droppedPagefindFile,
  hashedPagefindFiles,
  pagefindExtensions,
} from '../../src/search/pagefind/bundle-files.ts';
import { longestStemWithin, siteStems, stemsStartingWith } from '../../src/search/pagefind/index-stems.ts';
import { recordNames } from '../../src/search/pagefind/indexing/fragment-names.ts';
import { indexChunkSize, pagefindFiles, type IndexFile } from '../../src/search/pagefind/indexing/pagefind-index.ts';
import { sectionIndex, type SectionIndex } from '../../src/search/pagefind/indexing/section-index.ts';
import { loadPagefind, type Pagefind, type PagefindResult } from '../../src/search/pagefind/pagefind-api.ts';
import { lengthBonus, pagefindRanking, rarity, saturated } from '../../src/search/pagefind/ranking.ts';
import {
  blockAt,
  blockId,
  blockSizes,
  decodeLayout,
  padding,
  type Layout,
} from '../../src/search/pagefind/section-layout.ts';
import { positionWords, sectionRecord, spansOf } from '../../src/search/pagefind/section-records.ts';
import { stem, textWords } from '../../src/text/words.ts';
import { servedBundle, type ServedBundle } from './served-bundle.ts';

// What src/search/pagefind/ assumes about Pagefind's files and search, checked against Pagefind itself: its Node
// API indexes the fixture FAQ as the build does, and records made to probe one assumption each; its own
// pagefind.js then searches them here, in Node. A test that fails after a Pagefind upgrade names the assumption
// that no longer holds, and the file of src/search/pagefind/ that must change with it.

const fixtureRecords = searchRecords(readFaqModel('tests/fixtures/site').sections, 'en');

const custom = (url: string, words: string[]) => ({ url, content: words.join(' '), language: 'en' });
const pad = (count: number) => Array<string>(count).fill(padding);

/** A word past the largest section a site may have: a hundred questions with the largest answers. */
const farPosition = 100 * blockSizes.at(-1)!;
/** Words whose stems Pagefind and the site must agree on: inflections, Porter2's special cases, prefixes. */
const stemSample = [
  'restriction restricted upgrading upgrade accidentally zones kubernetes kube configuring configuration',
  'generously dying skies news clustering guaranteed guarantees availability available deleting deletes',
  'tunnel tunnelfront',
]
  .join(' ')
  .split(' ');
const probes = [
  custom('/padding/', ['alpha', padding, padding, 'beta', 'gamma-delta', 'epsilon', 'n-3']),
  custom('/far/', ['near', ...pad(farPosition - 1), 'farword']),
  custom('/stems/', stemSample),
  custom('/repeats/', Array<string>(1000).fill('again')),
];

// Records for Pagefind's own scores, of different lengths, each matching a term with one word at most.
const ranked = [
  custom('/r1/', ['alpha', 'beta', 'gamma', 'delta']),
  custom('/r2/', ['alpha', 'alpha', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight']),
  custom('/r3/', ['zeta', 'eta', 'theta', ...pad(9), 'alphabet']),
  custom('/r4/', ['tunnelfront', 'mu', 'nu', 'xi']),
];

let fixture: SectionIndex;
let fixtureLayout: Layout;
let withoutChunkSize: IndexFile[];
let probeFiles: IndexFile[];
let rankedFiles: IndexFile[];
const served: ServedBundle[] = [];
let fixtureSearch: Pagefind;
let probeSearch: Pagefind;
let rankedSearch: Pagefind;

/** Pagefind's files for the records as Pagefind makes them when the site does not set its index chunk size. */
async function filesWithoutChunkSize(records: ReturnType<typeof custom>[]): Promise<IndexFile[]> {
  const before = process.env[indexChunkSize.variable];
  delete process.env[indexChunkSize.variable];
  try {
    const { index } = await pagefind.createIndex();
    for (const record of records) await index!.addCustomRecord(record);
    return (await index!.getFiles()).files;
  } finally {
    await pagefind.close();
    if (before !== undefined) process.env[indexChunkSize.variable] = before;
  }
}

const indexFiles = (files: IndexFile[]) => files.filter(({ path }) => path.startsWith('index/'));

beforeAll(async () => {
  const sectionRecords = Object.values(Object.groupBy(fixtureRecords, (record) => record.sectionId)).map(
    (questions) => sectionRecord(questions!, spansOf(fixtureRecords)).record,
  );
  withoutChunkSize = await filesWithoutChunkSize(sectionRecords);
  fixture = await sectionIndex(fixtureRecords);
  fixtureLayout = decodeLayout({ questionFolder: '', ...fixture.layout });
  probeFiles = await pagefindFiles(probes);
  rankedFiles = await pagefindFiles(ranked);

  served.push(await servedBundle(fixture.files), await servedBundle(probeFiles), await servedBundle(rankedFiles));
  // The fixture is searched as the site loads Pagefind; the records made for one check each through Pagefind's own
  // instances, the ranked ones with the site's term similarity and without the boost for matching diacritics.
  fixtureSearch = await loadPagefind(served[0]!.url);
  probeSearch = await served[1]!.instance({});
  rankedSearch = await served[2]!.instance({
    ranking: { termSimilarity: pagefindRanking.termSimilarity, diacriticSimilarity: 0 },
  });
}, 60_000);

afterAll(async () => {
  for (const bundle of served) await bundle.close();
});

/** Pagefind's results for a term: each record's id with its positions and score. */
async function search(searcher: Pagefind, term: string): Promise<(PagefindResult & { score: number })[]> {
  return ((await searcher.search(term))?.results ?? []) as (PagefindResult & { score: number })[];
}

describe('Pagefind’s files (src/search/pagefind/indexing/)', () => {
  it('hold one fragment per record, gzip of a signature and the record as JSON with its URL', () => {
    const names = recordNames(probeFiles);
    expect([...names.keys()].sort()).toEqual(probes.map(({ url }) => url).sort());
    expect(probeFiles.filter(({ path }) => path.startsWith('fragment/'))).toHaveLength(probes.length);
  });

  it('name a record in search results as its fragment is named', async () => {
    const names = recordNames(probeFiles);
    for (const [term, url] of [
      ['epsilon', '/padding/'],
      ['farword', '/far/'],
      ['tunnelfront', '/stems/'],
    ]) {
      expect((await search(probeSearch, term!)).map(({ id }) => id)).toEqual([names.get(url!)]);
    }
  });

  it('are split into more index files with the site’s chunk size than without it', () => {
    expect(indexFiles(withoutChunkSize).length).toBeGreaterThan(0);
    expect(indexFiles(fixture.files).length).toBeGreaterThan(indexFiles(withoutChunkSize).length);
  });

  it('that the site serves are named as hosts are told: fixed entry files, or named by a hash of their content', () => {
    const entry = /^(?:pagefind\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind)$/;
    const hashed = hashedPagefindFiles.map((glob) => new RegExp(`^${glob.replace('.', '\\.').replace('*', '[^/]+')}$`));
    for (const { path } of fixture.files) {
      expect(entry.test(path) || hashed.some((pattern) => pattern.test(path)), path).toBe(true);
      expect(['.js', '.json', ...pagefindExtensions], path).toContain(path.slice(path.lastIndexOf('.')));
    }
  });
});

describe('Pagefind’s positions (src/search/pagefind/section-records.ts, section-layout.ts)', () => {
  it('count one position per piece between spaces, a hyphenated word one, padding one never found', async () => {
    const words = positionWords(probes[0]!.content);
    const positions = async (term: string) => (await search(probeSearch, term)).flatMap((result) => result.words);
    for (const word of ['alpha', 'beta', 'epsilon']) expect(await positions(word), word).toEqual([words.indexOf(word)]);
    for (const part of ['gamma', 'delta']) expect(await positions(part), part).toEqual([words.indexOf('gamma-delta')]);
    expect(await positions(padding)).toEqual([]);
  });

  it('of a hyphenated word are found by searching it whole, even where a part is a letter or a digit (term-search.ts)', async () => {
    const words = positionWords(probes[0]!.content);
    const positions = async (term: string) => (await search(probeSearch, term)).flatMap((result) => result.words);
    for (const word of ['gamma-delta', 'n-3']) expect(await positions(word), word).toEqual([words.indexOf(word)]);
  });

  it('reach past the largest section a site may have, and come back all, however many', async () => {
    expect((await search(probeSearch, 'farword'))[0]?.words).toEqual([farPosition]);
    expect((await search(probeSearch, 'again'))[0]?.words).toHaveLength(1000);
  });

  it('of a section’s title are its record’s first, where the layout keeps them', async () => {
    const byId = new Map(fixture.questions.map(({ id, record }) => [id, record]));
    for (const [hash, blocks] of fixtureLayout.sections) {
      const word = textWords(byId.get(blockId(blocks[0]!))!.sectionTitle).at(-1)!;
      const found = (await search(fixtureSearch, word)).find((result) => result.id === hash)?.words ?? [];
      expect(
        found.some((position) => position < fixtureLayout.headerSpan),
        word,
      ).toBe(true);
    }
  });

  it('put the last word of every question and of every answer of the fixture FAQ in its own block', async () => {
    const byId = new Map(fixture.questions.map(({ id, record }) => [id, record]));
    for (const [hash, blocks] of fixtureLayout.sections) {
      for (const block of blocks) {
        const id = blockId(block);
        const record = byId.get(id)!;
        for (const [text, inQuestion] of [
          [record.question, true],
          [record.answer, false],
        ] as const) {
          const word = textWords(text)
            .filter((word) => /^\p{L}{3,}$/u.test(word))
            .at(-1)!;
          const found = (await search(fixtureSearch, word)).find((result) => result.id === hash)?.words ?? [];
          const own = found.filter((position) => blockAt(blocks, position) === block);
          expect(own.length, `"${word}" of ${id}`).toBeGreaterThan(0);
          expect(
            own.some((position) => position - block.start < fixtureLayout.titleSpan === inQuestion),
            `"${word}" in the ${inQuestion ? 'question' : 'answer'} of ${id}`,
          ).toBe(true);
        }
      }
    }
  });
});

describe('Pagefind’s stems (src/search/pagefind/index-stems.ts)', () => {
  // The site's prediction of the words a term finds: those whose stem starts with the term's, or, when none
  // does, those of the longest stem within it.
  const stems = siteStems(decodeLexicon({ words: [[1, [...new Set(stemSample)].sort().join(' ')]], concepts: [] }));
  const predicted = (term: string) => {
    const own = stem(term);
    const starting = stemsStartingWith(stems, own).map((found) => found.stem);
    const found = new Set(starting.length > 0 ? starting : [longestStemWithin(stems, own)]);
    return stemSample.flatMap((word, position) => (found.has(stem(word)) ? [position] : []));
  };

  it('are Porter2’s: a term finds the words the site predicts, "kubectl" finding "kube"', async () => {
    expect(predicted('kubectl')).toEqual([stemSample.indexOf('kube')]);
    for (const term of [...stemSample, 'kubectl', 'upgr', 'restrict', 'tunnelling', 'clusters', 'guarantee']) {
      const found = (await search(probeSearch, term)).flatMap((result) => result.words);
      expect(found, term).toEqual(predicted(term));
    }
  });
});

describe('Pagefind’s ranking (src/search/pagefind/ranking.ts)', () => {
  const lengths = ranked.map(({ content }) => positionWords(content).length);
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / lengths.length;

  it('scores a record as BM25 with the site’s settings, its rarity and its weight for longer words', async () => {
    const names = recordNames(rankedFiles);
    for (const term of ['alpha', 'beta', 'zeta', 'two', 'tunnel']) {
      const results = await search(rankedSearch, term);
      expect(results.length, term).toBeGreaterThan(0);
      for (const { id, words, score } of results) {
        const record = ranked.find(({ url }) => names.get(url) === id)!;
        const recordWords = positionWords(record.content);
        // Pagefind weighs each match by the bonus of its stem's length difference plus one.
        const weight = words
          .map((position) => Math.abs(stem(recordWords[position]!).length - stem(term).length) + 1)
          .reduce((sum, difference) => sum + lengthBonus(difference), 0);
        const length = lengths[ranked.indexOf(record)]!;
        const expected = rarity(ranked.length, results.length) * saturated(weight, length, averageLength);
        expect(score, `${term} in ${record.url}`).toBeCloseTo(expected, 4);
      }
    }
  });
});

describe('Pagefind’s search (src/search/pagefind/pagefind-api.ts, bundle-files.ts)', () => {
  it('fetches only files of the bundle the site serves', async () => {
    for (const term of ['upgrade', 'node', 'zzz']) await search(fixtureSearch, term);
    await fixtureSearch.search('pool', { filters: { section: fixtureRecords[0]!.sectionId } });
    const kept = new Set(fixture.files.map(({ path }) => path));
    const requested = served[0]!.requested();
    expect(requested.length).toBeGreaterThan(3);
    for (const path of requested) {
      expect(kept.has(path), path).toBe(true);
      expect(droppedPagefindFile(path), path).toBe(false);
    }
  });
});
