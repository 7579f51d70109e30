/** The parts of Pagefind's browser API that search uses. pagefind.js is written by the build, so it is loaded at run time. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matching words in the fragment's `content`, split on white space. */
  words: number[];
  data: () => Promise<PagefindFragment>;
}

export interface PagefindFragment {
  url: string;
  content: string;
  meta: Partial<Record<'title' | 'section', string>>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Measured against tests/search-queries.json (see README, "Search"): exact-length matches count more than
 * prefix matches, so "az" finds "AZ" before "Azure"; a match in the question (the title) counts double; an
 * abbreviation listed for a question counts four times.
 */
export const ranking = { termSimilarity: 6, metaWeights: { title: 1, keywords: 3 } };

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once; a failed load can be retried. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Searching on the page spares the reader a second copy of Pagefind for a worker; the index is small.
    await pagefind.options({ noWorker: true, ranking });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
