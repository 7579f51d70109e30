import { stem } from './words.ts';

/**
 * The lexicon: what the search client needs, besides Pagefind's index, to read a query. The build writes it
 * next to the index (`/pagefind/lexicon.json`) and the client loads it with search; this module is the
 * format both sides agree on.
 */

/** File name of the lexicon inside Pagefind's bundle folder. */
export const lexiconFileName = 'lexicon.json';

/** The lexicon as the client uses it. */
export interface Lexicon {
  /** The site's words (of questions, answers and the concept map) with how often each occurs. */
  counts: Map<string, number>;
  /** The same words in sorted order, to find the words a half-typed word begins. */
  sorted: string[];
  /** The words' stems, to know "guaranteed" from "guarantees". */
  stems: Set<string>;
  /** All occurrences together, to turn counts into probabilities. */
  total: number;
  /** The concept map: what readers type (as `phraseKey` gives it) mapped to the phrases answers use. */
  concepts: Map<string, string[]>;
  /** Words in the longest reader phrase of the concept map. */
  longestConcept: number;
}

/** The lexicon as JSON. */
export interface LexiconFile {
  /** The words, most frequent first, separated by spaces. */
  words: string;
  /** The words' counts in the same order, as runs: [count, how many words in a row occur that often]. */
  counts: [number, number][];
  /** The concept map: [reader phrase as `phraseKey` gives it, the answers' phrases]. */
  concepts: [string, string[]][];
}

/** The lexicon as JSON, with at most `maxWords` words (the most frequent; `keep` always). */
export function encodeLexicon(counts: Map<string, number>, concepts: Map<string, string[]>, maxWords: number, keep: Set<string>): LexiconFile {
  const ranked = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
  const kept = [...ranked.slice(0, maxWords), ...ranked.slice(maxWords).filter(([word]) => keep.has(word))].sort(([, m], [, n]) => n - m);
  const runs: [number, number][] = [];
  for (const [, count] of kept) {
    const last = runs.at(-1);
    if (last && last[0] === count) last[1]++;
    else runs.push([count, 1]);
  }
  return { words: kept.map(([word]) => word).join(' '), counts: runs, concepts: [...concepts] };
}

/** The lexicon from its JSON. */
export function decodeLexicon(file: LexiconFile): Lexicon {
  const words = file.words ? file.words.split(' ') : [];
  const counts = new Map<string, number>();
  let at = 0;
  for (const [count, length] of file.counts) for (const word of words.slice(at, (at += length))) counts.set(word, count);
  return {
    counts,
    sorted: words.toSorted(),
    stems: new Set(words.map(stem)),
    total: file.counts.reduce((sum, [count, length]) => sum + count * length, 0),
    concepts: new Map(file.concepts),
    longestConcept: Math.max(0, ...file.concepts.map(([key]) => key.split(' ').length)),
  };
}
