/**
 * The parts of Pagefind's browser API that search uses. pagefind.js is written by the build, so it is loaded at run
 * time.
 */
export interface PagefindResult {
  /** The section's record, as the layout names it: the name of the record's fragment (indexing/). */
  id: string;
  /** Positions of every matching word in the section's record, those of longer words that start with it too. */
  words: number[];
}

export interface Pagefind {
  search: (
    term: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindModule extends Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
}

/**
 * Pagefind's search over the bundle at `bundle` (the URL of its folder). It searches on the page: a worker would
 * cost the reader a second copy of Pagefind, and the site ranks questions itself (question-matches.ts), so it
 * needs only the positions, never Pagefind's fragments, highlighter or UI (bundle-files.ts).
 */
export async function loadPagefind(bundle: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
  await pagefind.options({ noWorker: true });
  await pagefind.init();
  return pagefind;
}
