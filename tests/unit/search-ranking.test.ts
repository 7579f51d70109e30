import { describe, expect, it } from 'vitest';
import { longestStemWithin, siteStems, stemsStartingWith } from '../../src/search/pagefind/index-stems.ts';
import { questionMatches } from '../../src/search/pagefind/question-matches.ts';
import { lengthBonus } from '../../src/search/pagefind/ranking.ts';
import { askedCoverage, questionCoverage } from '../../src/search/client/question-coverage.ts';
import { askedSpans } from '../../src/search/pagefind/section-records.ts';
import { blockFor, decodeLayout } from '../../src/search/pagefind/section-layout.ts';
import { decodeLexicon } from '../../src/search/lexicon.ts';
import { searchIn } from '../../src/search/pagefind/term-search.ts';
import type { Pagefind } from '../../src/search/pagefind/pagefind-api.ts';

// One section ("en_a") of three questions: two short answers and a long one, the section's title in 2 positions.
const sizes = [30, 30, 200].map((length) => blockFor(length)!);
const layout = decodeLayout({
  questionFolder: 'x',
  headerSpan: 2,
  titleSpan: 10,
  questionWords: 8,
  sections: [['en_a', sizes.map((size) => size.digit).join('')]],
});
const [first, second, long] = layout.sections.get('en_a')!;
const exact = (_position: number) => 1;
const scores = (words: number[], closeness = exact) =>
  Object.fromEntries(
    questionMatches([{ id: 'en_a', words, closeness }], layout).map((match) => [match.id, match.score]),
  );

describe('questions ranked from the positions Pagefind finds in a section', () => {
  it('are the blocks the positions fall in, with the positions counted from the block', () => {
    const [match] = questionMatches([{ id: 'en_a', words: [second!.start + 12], closeness: exact }], layout);
    expect(match).toMatchObject({ id: 'en_a-1', words: [12] });
  });

  it('count a match in the question above one in the answer', () => {
    const found = scores([first!.start + 1, second!.start + 12]);
    expect(found['en_a-0']).toBeGreaterThan(found['en_a-1']!);
  });

  it('count a match in a long answer below the same match in a short one', () => {
    const found = scores([second!.start + 12, long!.start + 12]);
    expect(found['en_a-1']).toBeGreaterThan(found['en_a-2']!);
  });

  it('count repeats less and less', () => {
    const once = scores([second!.start + 12])['en_a-1']!;
    const twice = scores([second!.start + 12, second!.start + 13])['en_a-1']!;
    const thrice = scores([second!.start + 12, second!.start + 13, second!.start + 14])['en_a-1']!;
    expect(twice - once).toBeGreaterThan(thrice - twice);
    expect(thrice - twice).toBeGreaterThan(0);
  });

  it('count a match that is a longer word far less: "az" finds "AZ" before "Azure"', () => {
    expect(lengthBonus(0)).toBe(1);
    expect(lengthBonus(1)).toBeLessThan(0.6);
    expect(lengthBonus(3)).toBeLessThan(0.02);
    const found = scores([first!.start + 12, second!.start + 12], (position) =>
      position === second!.start + 12 ? lengthBonus(3) : 1,
    );
    expect(found['en_a-0']).toBeGreaterThan(10 * found['en_a-1']!);
  });

  it('give every question of a section a match in the section’s title', () => {
    expect(Object.keys(scores([1])).sort()).toEqual(['en_a-0', 'en_a-1', 'en_a-2']);
  });

  it('count a word that fewer questions have for more', () => {
    const rare = scores([first!.start + 12])['en_a-0']!;
    const common = scores([first!.start + 12, second!.start + 12, long!.start + 12])['en_a-0']!;
    expect(rare).toBeGreaterThan(common);
  });
});

describe("a question's words a query matches", () => {
  const question = 'Why are two resource groups created with AKS?';

  it('are shared among the words that are not stop words', () => {
    // two, resource, groups, created and AKS? are its words; "resource groups created" are at positions 3 to 5.
    expect(questionCoverage(question, new Set([3, 4, 5]))).toBeCloseTo(3 / 5);
  });

  it('leave out a stop word the query matched, and the answer past the question', () => {
    expect(questionCoverage(question, new Set([0, 1, 6, 40]))).toBe(0);
  });

  it('are also those of the best other way of asking it, which follow the answer, each after a padding', () => {
    // An answer ending at 10, then a padding (10) and a way of asking of two words (11, 12), then a padding (13) and
    // one of three (14 to 16).
    expect(askedCoverage(askedSpans(10, [2, 3]), new Set([11, 12]))).toBe(1);
    expect(askedCoverage(askedSpans(10, [2, 3]), new Set([11, 14, 15]))).toBeCloseTo(2 / 3);
    expect(askedCoverage(askedSpans(10, [2, 3]), new Set([9, 10, 13, 17]))).toBe(0);
    expect(askedCoverage(askedSpans(10, []), new Set([11]))).toBe(0);
  });
});

describe('the stems Pagefind keeps', () => {
  const lexicon = decodeLexicon({
    words: [
      [4, 'restriction restricted tunnel tunnelfront zones'],
      [1, 'drift'],
    ],
    concepts: [],
    readerOnly: 'drift',
    complete: true,
  });

  it('of the site’s own words, not of readers’ words, tell which words a term finds', () => {
    const stems = siteStems(lexicon);
    expect(stems.map(({ stem }) => stem)).toEqual(['restrict', 'tunnel', 'tunnelfront', 'zone']);
    expect(stemsStartingWith(stems, 'tunnel').map(({ word }) => word)).toEqual(['tunnel', 'tunnelfront']);
    expect(stemsStartingWith(stems, 'drift')).toEqual([]);
    expect(longestStemWithin(stems, 'tunnelling'), 'a term no stem starts with finds the longest within it').toBe(
      'tunnel',
    );
  });
});

describe('a term searched in a page', () => {
  it('is searched again after a failed search, and kept once it is found', async () => {
    let calls = 0;
    // Pagefind's API as the browser gives it: its first search of the term loses its chunk, the next finds it.
    const pagefind: Pagefind = {
      search: async () => {
        calls++;
        if (calls === 1) throw new Error('chunk lost');
        return { results: [{ id: 'en_a', words: [first!.start + 12] }] };
      },
    };
    const lexicon = decodeLexicon({ words: [[1, 'chrony']], concepts: [] });
    const search = () => searchIn(pagefind, layout, lexicon, 'retry-section').term('chrony');
    await expect(search()).rejects.toThrow('chunk lost');
    expect((await search()).map((match) => match.id)).toEqual(['en_a-0']);
    expect((await search()).map((match) => match.id)).toEqual(['en_a-0']);
    expect(calls, 'found once, then kept').toBe(2);
  });
});
