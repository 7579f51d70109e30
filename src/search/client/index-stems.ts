import { stem } from '../../text/words.ts';
import type { Lexicon } from '../lexicon.ts';
import { lowerBound } from '../../utils/binary-search.ts';

/**
 * Pagefind keeps the stem of each word (Snowball's English stemmer, "Porter2") and finds a term by its stem
 * as the start of the words' stems. The same stemmer on the lexicon tells the client which of the site's
 * words a term finds, and how much longer each is than the term.
 */
export const indexStem = stem;

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
      const stem = indexStem(word);
      const known = byStem.get(stem);
      if (!known || known.count < count) byStem.set(stem, { stem, word, count });
    }
    stems = [...byStem.values()].sort((a, b) => (a.stem < b.stem ? -1 : 1));
    stemsOf.set(lexicon, stems);
  }
  return stems;
}

/** Whether `stem` is a stem of the site's words. */
export const isSiteStem = (stems: SiteStem[], stem: string) => stems[lowerBound(stems, stem, stemOf)]?.stem === stem;

/** The site's stems that start with `stem`, itself included when it is one. */
export function stemsStartingWith(stems: SiteStem[], stem: string): SiteStem[] {
  const found: SiteStem[] = [];
  for (let i = lowerBound(stems, stem, stemOf); stems[i]?.stem.startsWith(stem); i++) found.push(stems[i]!);
  return found;
}
