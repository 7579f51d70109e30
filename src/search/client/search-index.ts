import { decodeLexicon, lexiconFileName, type Lexicon, type LexiconFile } from '../lexicon.ts';
import { loadPagefind, type Pagefind } from '../pagefind/pagefind-api.ts';
import { decodeLayout, layoutFileName, type Layout, type LayoutFile } from '../pagefind/section-layout.ts';

/** Pagefind's index, the layout of its records and the lexicon search reads queries with. */
export interface SearchIndex {
  pagefind: Pagefind;
  layout: Layout;
  /** Where the bundle is served from, for the questions' files. */
  bundle: string;
  lexicon: Lexicon;
}

let loading: Promise<SearchIndex> | undefined;

/**
 * The lexicon, or an empty one when it cannot be had: search then still works, without corrections or the concept map.
 */
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

async function loadLayout(bundle: string): Promise<Layout> {
  const response = await fetch(`${bundle}${layoutFileName}`);
  if (!response.ok) throw new Error(`Search could not load its layout: ${response.status} ${response.statusText}`);
  return decodeLayout((await response.json()) as LayoutFile);
}

/** Loads Pagefind, the layout and the lexicon once, side by side; a failed load can be retried. */
export function loadSearchIndex(): Promise<SearchIndex> {
  const bundle = `${import.meta.env.BASE_URL}pagefind/`;
  loading ??= Promise.all([loadPagefind(bundle), loadLayout(bundle), loadLexicon(bundle)])
    .then(([pagefind, layout, lexicon]) => ({ pagefind, layout, bundle, lexicon }))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
