import { stem } from '../../text/words.ts';
import type { Lexicon } from '../lexicon.ts';
import { longestStemWithin, siteStems, stemsStartingWith } from './index-stems.ts';
import { lengthBonus } from './ranking.ts';

/** Where one term matches: for each section's record, the positions Pagefind found. */
export type Positions = Map<string, Set<number>>;

/** How closely the word at a position of a section's record is the term (1: its stem is the term's). */
export type Closeness = (section: string, position: number) => number;

// Longer words of the site that a term also finds, searched to tell their matches from the term's own: at most these
// many.
const maxLongerWords = 8;

const matchCount = (positions: Positions) => [...positions.values()].reduce((sum, words) => sum + words.size, 0);

/**
 * Pagefind finds a term by its stem, as the start of longer stems ("az" finds "Azure"), and, when no stem of
 * the site starts with it, by the longest stem it starts with ("kubectl" finds "kube"); it gives only
 * positions. The site's words in the lexicon, stemmed as Pagefind stems them, tell which longer words a term
 * finds: each is searched too, and where it matches, the match counts as that much longer.
 */
export async function wordCloseness(
  term: string,
  lexicon: Lexicon,
  search: (term: string) => Promise<Positions>,
): Promise<Closeness> {
  const own = stem(term);
  const stems = siteStems(lexicon);
  const extensions = stemsStartingWith(stems, own);
  if (extensions.length === 0 && lexicon.complete && /\p{L}/u.test(term)) {
    const closeness = lengthBonus(own.length - longestStemWithin(stems, own).length);
    return () => closeness;
  }
  const longer = extensions
    .filter((extension) => extension.stem.length > own.length)
    .sort((a, b) => b.count - a.count)
    .slice(0, maxLongerWords);
  const [positions, ...found] = await Promise.all([search(term), ...longer.map(({ word }) => search(word))]);
  // A longer word that finds all the term finds has the term's stem after all.
  const all = matchCount(positions!);
  const others = found
    .map((other, i) => ({ positions: other, extra: longer[i]!.stem.length - own.length }))
    .filter(({ positions }) => matchCount(positions) < all);
  return (section, position) => {
    let extra = 0;
    for (const other of others) if (other.positions.get(section)?.has(position)) extra = Math.max(extra, other.extra);
    return lengthBonus(extra);
  };
}
