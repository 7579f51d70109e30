import { recordFilters } from '../record.ts';
import type { Pagefind, PagefindResult } from './pagefind-loader.ts';

/** Searches one word, or one "quoted phrase", within the chosen section. */
export type Search = (term: string) => Promise<PagefindResult[]>;

// Results of each word, kept for the page's life: typing one more letter searches only the word that changed.
const searched = new Map<string, Promise<PagefindResult[]>>();

/** Pagefind's search of one term, narrowed to a section when one is chosen, each term searched once. */
export function searchIn(pagefind: Pagefind, section: string): Search {
  const filters = section ? { [recordFilters.section]: section } : {};
  return (term) => {
    const key = `${section}\u0000${term}`;
    let results = searched.get(key);
    if (!results) {
      results = pagefind.search(term, { filters }).then((found) => found?.results ?? []);
      searched.set(key, results);
    }
    return results;
  };
}
