import { stem } from '../../text/words.ts';
import type { Lexicon } from '../lexicon.ts';
import { lowerBound } from '../../utils/binary-search.ts';

/**
 * How Pagefind looks a term up: it keeps the stem of each word (Snowball's English stemmer, "Porter2", which
 * text/words.ts's `stem` is) and finds every word whose stem starts with the term's stem, or, when none does, the
 * words of the longest stem the term's stem starts with ("kubectl" finds "kube"). The same on the lexicon tells
 * the client which of the site's words a term finds, and how much longer each is than the term.
 */

/** A stem of the site's words, with its most frequent word. */
export interface SiteStem {
  stem: string;
  word: string;
  count: number;
}

const stemsOf = new WeakMap<Lexicon, SiteStem[]>();
const stemOf = ({ stem }: SiteStem) => stem;

/** The distinct stems of the site's own words in the lexicon, in alphabetical order. */
export function siteStems(lexicon: Lexicon): SiteStem[] {
  let stems = stemsOf.get(lexicon);
  if (!stems) {
    const byStem = new Map<string, SiteStem>();
    for (const [word, count] of lexicon.counts) {
      if (lexicon.readerOnly.has(word)) continue;
      const wordStem = stem(word);
      const known = byStem.get(wordStem);
      if (!known || known.count < count) byStem.set(wordStem, { stem: wordStem, word, count });
    }
    stems = [...byStem.values()].sort((a, b) => (a.stem < b.stem ? -1 : 1));
    stemsOf.set(lexicon, stems);
  }
  return stems;
}

/** Whether the site has a word of this stem, which Pagefind finds for any word of it. */
export const hasStem = (stems: SiteStem[], wordStem: string) =>
  stems[lowerBound(stems, wordStem, stemOf)]?.stem === wordStem;

/** The site's stems that start with `start`, itself included when it is one. */
export function stemsStartingWith(stems: SiteStem[], start: string): SiteStem[] {
  const found: SiteStem[] = [];
  for (let i = lowerBound(stems, start, stemOf); stems[i]?.stem.startsWith(start); i++) found.push(stems[i]!);
  return found;
}

/** The longest of the site's stems that `whole` starts with, shorter than it; "" when there is none. */
export function longestStemWithin(stems: SiteStem[], whole: string): string {
  let shorter = whole.slice(0, -1);
  while (shorter && stems[lowerBound(stems, shorter, stemOf)]?.stem !== shorter) shorter = shorter.slice(0, -1);
  return shorter;
}
