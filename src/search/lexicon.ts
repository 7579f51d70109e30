import { stem } from '../text/words.ts';
import { countryNames } from './country-names.ts';

/**
 * The lexicon: what the search client needs, besides Pagefind's index, to read a query. The build writes it
 * next to the index (`/pagefind/lexicon.json`) and the client loads it with search; this module is the
 * format both sides agree on.
 */

/** File name of the lexicon inside Pagefind's bundle folder. */
export const lexiconFileName = 'lexicon.json';

/**
 * The compass words of Azure's region names ("West Europe", "Sweden Central"): after one of the lexicon's places they
 * name a region (`places`), and the build orders the SDK's region names by them.
 */
export const compassWords = [
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north',
  'south',
  'east',
  'west',
  'central',
];

/** How often a two-letter word ("vm", "os") must occur to count as a word: as a part of a glued word, say. */
export const shortWordCount = 5;

/** The lexicon as the client uses it. */
export interface Lexicon {
  /** The site's words (of questions, answers and the concept map) with how often each occurs. */
  counts: Map<string, number>;
  /** The same words in sorted order, to find the words a half-typed word begins. */
  sorted: string[];
  /** The words' stems, to know "guaranteed" from "guarantees". */
  stems: Set<string>;
  /** Letters in the longest of the words. */
  longestWord: number;
  /** The hyphenated words by the stem of their letters run together: "add-ons" for "addon". */
  hyphenated: Map<string, string>;
  /** All occurrences together, to turn counts into probabilities. */
  total: number;
  /** The concept map: what readers type (as `phraseKey` gives it) mapped to the phrases answers use. */
  concepts: Map<string, string[]>;
  /** Words in the longest reader phrase of the concept map. */
  longestConcept: number;
  /** Words of the concept map's reader phrases that no question or answer has. */
  readerOnly: Set<string>;
  /** Words of the site that any text in its language uses ("after", "best"): a query's one counts little. */
  common: Set<string>;
  /** Whether the lexicon holds every word of the site (a large site's holds its most frequent). */
  complete: boolean;
  /** Countries, which with a compass word after them ("sweden central") name a region, and what a region searches. */
  places?: {
    names: Set<string>;
    /** The names run together ("newzealand"), for a region's programmatic name ("newzealandnorth"). */
    glued: Map<string, string>;
    words: Set<string>;
    answers: string[];
  };
}

/** The lexicon as JSON. */
export interface LexiconFile {
  /**
   * The words by how often they occur, most frequent first: [count, the words of about that count in
   * alphabetical order, separated by spaces]. Counts are rounded to steps of √2: only their size matters.
   */
  words: [number, string][];
  /**
   * The concept map: [reader phrases as `phraseKey` gives them, separated by "|", the answers' phrases they all
   * stand for]. Many phrases share their answers (every region name searches "available regions").
   */
  concepts: [string, string[]][];
  /** Of the words, those only the concept map's reader phrases have, separated by spaces. */
  readerOnly?: string;
  /**
   * Words any text in the site's language uses that the words have in some form (Pagefind finds "need" for "needed"),
   * separated by spaces.
   */
  common?: string;
  /** Whether every word of the site is in `words`. */
  complete?: boolean;
  /**
   * The answers' phrases a country followed by a compass word stands for; the countries are the browser's own
   * (country-names.ts), so that no first search downloads them.
   */
  places?: string[];
}

const step = (count: number) => Math.round(2 * Math.log2(count));

/**
 * The lexicon as JSON, with at most `maxWords` words (the most frequent; `keep` always); `readerOnly` are
 * the words of `counts` that only readers use, `common` the words any text uses, `places` what a country with a compass
 * word after it (a region) searches.
 */
export function encodeLexicon(
  counts: Map<string, number>,
  concepts: Map<string, string[]>,
  maxWords: number,
  keep: Set<string>,
  {
    readerOnly = new Set<string>(),
    common = new Set<string>(),
    places,
  }: { readerOnly?: Set<string>; common?: Set<string>; places?: string[] } = {},
): LexiconFile {
  const ranked = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
  const kept = [...ranked.slice(0, maxWords), ...ranked.slice(maxWords).filter(([word]) => keep.has(word))];
  const groups = new Map<number, string[]>();
  for (const [word, count] of kept) groups.set(step(count), [...(groups.get(step(count)) ?? []), word]);
  const words = [...groups]
    .sort(([a], [b]) => b - a)
    .map(([size, group]): [number, string] => [Math.round(2 ** (size / 2)), group.sort().join(' ')]);
  const keptWords = kept.map(([word]) => word);
  const keptStems = new Set(keptWords.map(stem));
  const readers = keptWords.filter((word) => readerOnly.has(word));
  const byAnswers = new Map<string, [string, string[]]>();
  for (const [key, answers] of concepts) {
    const group = byAnswers.get(answers.join('|'));
    if (group) group[0] += `|${key}`;
    else byAnswers.set(answers.join('|'), [key, answers]);
  }
  return {
    words,
    concepts: [...byAnswers.values()],
    readerOnly: readers.sort().join(' '),
    common: [...common]
      .filter((word) => keptStems.has(stem(word)))
      .sort()
      .join(' '),
    complete: kept.length === ranked.length,
    ...(places ? { places } : {}),
  };
}

/** The lexicon from its JSON. */
export function decodeLexicon(file: LexiconFile): Lexicon {
  const counts = new Map<string, number>();
  for (const [count, group] of file.words) for (const word of group.split(' ')) counts.set(word, count);
  const words = [...counts.keys()];
  return {
    counts,
    sorted: words.toSorted(),
    stems: new Set(words.map(stem)),
    longestWord: Math.max(0, ...words.map((word) => word.length)),
    hyphenated: new Map(
      words.filter((word) => word.includes('-')).map((word) => [stem(word.replaceAll('-', '')), word]),
    ),
    total: [...counts.values()].reduce((sum, count) => sum + count, 0),
    concepts: new Map(
      file.concepts.flatMap(([keys, answers]) => keys.split('|').map((key) => [key, answers] as const)),
    ),
    longestConcept: Math.max(
      0,
      ...file.concepts.flatMap(([keys]) => keys.split('|').map((key) => key.split(' ').length)),
    ),
    readerOnly: new Set(file.readerOnly?.split(' ').filter(Boolean)),
    common: new Set(file.common?.split(' ').filter(Boolean)),
    complete: file.complete ?? false,
    ...(file.places ? { places: decodePlaces(file.places) } : {}),
  };
}

function decodePlaces(answers: string[]): NonNullable<Lexicon['places']> {
  const all = countryNames();
  return {
    names: new Set(all),
    glued: new Map(all.map((name) => [name.replaceAll(' ', ''), name])),
    words: new Set(all.flatMap((name) => name.split(' '))),
    answers,
  };
}
