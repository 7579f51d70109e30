/**
 * Pagefind's files, by their paths in its bundle folder: which of them the site serves, which a host may let
 * browsers keep, and what hosts must be told about them.
 */

/**
 * Pagefind's files the site leaves out: a fragment per record (the site shows results from its own files), the
 * worker (search runs on the page, pagefind-api.ts), the highlighter and the ready-made search UIs.
 */
export const droppedPagefindFile = (path: string) =>
  path.startsWith('fragment/') ||
  /^pagefind-(?:(?:modular-|component-)?ui\.(?:js|css)|highlight\.js|worker\.js)$/.test(path);

/** Pagefind's files named by a hash of their content, which a browser may keep a year without asking again. */
export const hashedPagefindFiles = ['index/*', 'filter/*', '*.pf_meta'];

/** The extensions of Pagefind's index files, which hosts do not know: served as bytes, as pagefind.js reads them. */
export const pagefindExtensions = ['.pagefind', '.pf_meta', '.pf_index', '.pf_filter'];
