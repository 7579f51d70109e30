/** A path at the root of the site that the site itself serves, beside the section pages. */
export interface SiteRoute {
  /** The first path segment, as in the URL: `search` for `/search/`, `robots.txt` for `/robots.txt`. */
  name: string;
  /** A page (served as `/<name>/`), a folder of pages or assets (`/<name>/…`), or one file (`/<name>`). */
  kind: 'page' | 'folder' | 'file';
  /** Listed in the sitemap. */
  sitemap: boolean;
  /** An answer may link to it. */
  linkable: boolean;
}

/**
 * Every route the site owns at its root, in one list: the sitemap filter and the link check
 * read it, and a section id or question id may not take one of these names.
 */
export const siteRoutes: readonly SiteRoute[] = [
  { name: 'search', kind: 'page', sitemap: false, linkable: true },
  // Every answer again on one page, for reading through or printing: not indexed, so not in the sitemap either.
  { name: 'all', kind: 'page', sitemap: false, linkable: true },
  { name: '404', kind: 'page', sitemap: false, linkable: false },
  { name: 'q', kind: 'folder', sitemap: false, linkable: true },
  { name: 'pagefind', kind: 'folder', sitemap: false, linkable: false },
  { name: '_astro', kind: 'folder', sitemap: false, linkable: false },
  { name: 'anchors.json', kind: 'file', sitemap: false, linkable: false },
  { name: 'feed.xml', kind: 'file', sitemap: false, linkable: true },
  { name: 'robots.txt', kind: 'file', sitemap: false, linkable: false },
  { name: 'sitemap-index.xml', kind: 'file', sitemap: false, linkable: false },
  { name: 'sitemap-0.xml', kind: 'file', sitemap: false, linkable: false },
  { name: 'favicon.svg', kind: 'file', sitemap: false, linkable: false },
];

/** The route a path starts with, if the site owns it. */
export const routeOf = (path: string): SiteRoute | undefined => {
  const first = path.split('/')[1] ?? '';
  return siteRoutes.find((route) => route.name === first);
};

/**
 * Whether a built page belongs in the sitemap: section pages and the home page do, the site's own machinery does not.
 */
export const inSitemap = (path: string): boolean => routeOf(path)?.sitemap ?? true;
