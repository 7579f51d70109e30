import { decodeLexicon, lexiconFileName, type Lexicon, type LexiconFile } from '../lexicon.ts';
import type { RecordFragment } from '../record.ts';

/** The parts of Pagefind's browser API that search uses. pagefind.js is written by the build, so it is loaded at run time. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matching words in the fragment's `content`, split on white space. */
  words: number[];
  data: () => Promise<RecordFragment>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

/** Pagefind's index and the lexicon search reads queries with. */
export interface SearchIndex {
  pagefind: Pagefind;
  lexicon: Lexicon;
}

/**
 * Measured against tests/search-queries.json (see README, "Search"): exact-length matches count more than
 * prefix matches, so "az" finds "AZ" before "Azure", and a match in the question (the title) counts double.
 */
export const ranking = { termSimilarity: 6, metaWeights: { title: 1 } };

let loading: Promise<SearchIndex> | undefined;

/** The lexicon, or an empty one when it cannot be had: search then still works, without corrections or the concept map. */
async function loadLexicon(bundle: string): Promise<Lexicon> {
  try {
    const response = await fetch(`${bundle}${lexiconFileName}`);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return decodeLexicon((await response.json()) as LexiconFile);
  } catch (error) {
    console.warn(`Search reads queries without its lexicon: ${(error as Error).message}`);
    return decodeLexicon({ words: [], concepts: [] });
  }
}

async function loadPagefind(bundle: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  // Searching on the page spares the reader a second copy of Pagefind for a worker; the index is small. The
  // records' URLs already hold the site's base path (src/lib/urls.ts): Pagefind must not put it in front again.
  await pagefind.options({ noWorker: true, ranking, baseUrl: '/' });
  await pagefind.init();
  return pagefind;
}

/** Loads Pagefind and the lexicon once, side by side; a failed load can be retried. */
export function loadSearchIndex(): Promise<SearchIndex> {
  const bundle = `${import.meta.env.BASE_URL}pagefind/`;
  loading ??= Promise.all([loadPagefind(bundle), loadLexicon(bundle)])
    .then(([pagefind, lexicon]) => ({ pagefind, lexicon }))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
