import type { Lexicon } from '../lexicon.ts';
import type { QueryUnit } from './interpret.ts';
import { beyondSiteWords } from './read-words.ts';
import { correction } from './spelling.ts';
import type { Search } from '../pagefind/term-search.ts';

/**
 * For a query that matched nothing: each word of four letters or more, none longer than the site's words make, as the
 * nearest word of the site with one more edit than a correction allows, and as its longest start that matches
 * ("chronyyyy" gives "chrony").
 */
export async function closestUnits(units: QueryUnit[], lexicon: Lexicon, search: Search): Promise<QueryUnit[]> {
  const near: QueryUnit[] = [];
  const words = units
    .flatMap((unit) => unit.words)
    .filter((word) => word.length >= 4 && !beyondSiteWords(word, lexicon));
  for (const word of words) {
    const loose = correction(word, lexicon, true, 1);
    let start = word.slice(0, -1);
    while (start.length > 3 && (await search.term(start)).length === 0) start = start.slice(0, -1);
    const terms = [loose, start.length > 3 ? start : undefined].filter((term): term is string => term !== undefined);
    if (terms.length > 0)
      near.push({ words: [word], alternatives: terms.map((term) => ({ terms: [term], weight: 1 })) });
  }
  return near;
}
