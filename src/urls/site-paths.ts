/**
 * The addresses of the site's pages under the path it is served from (`base`: `/`, or `/aks-faq/` for a site
 * built with BASE_PATH=/aks-faq/). Pure, so that the browser has the same paths: pass it
 * `import.meta.env.BASE_URL`. The build's bound copy, with absolute URLs, is src/settings/site-urls.ts.
 */
export function sitePaths(base: string) {
  /** A path of the site as served: `sitePath('/q/sla/')` is `/aks-faq/q/sla/` under `/aks-faq/`. */
  const sitePath = (path: string) => `${base}${path.replace(/^\//, '')}`;
  const sectionPath = (sectionId: string) => sitePath(`/${sectionId}/`);
  return {
    sitePath,
    /** A served path without the base path, as the site's routes name it (`/aks-faq/q/sla/` gives `/q/sla/`). */
    routePath: (servedPath: string) => (servedPath.startsWith(base) ? `/${servedPath.slice(base.length)}` : servedPath),
    /** The home page, which indexes every question. */
    homePath: () => sitePath('/'),
    sectionPath,
    /** Where a question is read: its section page with the question's anchor. */
    questionPath: (question: { id: string; section: { id: string } }) =>
      `${sectionPath(question.section.id)}#${question.id}`,
    /** The permanent address of a question id or alias: a page that sends the reader to wherever it is now. */
    permalinkPath: (id: string) => sitePath(`/q/${id}/`),
    /** The page of every question and answer. */
    allQuestionsPath: () => sitePath('/all/'),
    /** The Atom feed of recently updated questions. */
    feedPath: () => sitePath('/feed.xml'),
    /** The search page, with the words to search for when given. */
    searchPath: (words?: string) => sitePath(words ? `/search/?q=${encodeURIComponent(words)}` : '/search/'),
    /** The site-wide map of anchors to where they land (src/pages/anchors.json.ts). */
    anchorMapPath: () => sitePath('/anchors.json'),
    /** The sitemap index that @astrojs/sitemap writes. */
    sitemapPath: () => sitePath('/sitemap-index.xml'),
  };
}

/** The site's paths under one base path. */
export type SitePaths = ReturnType<typeof sitePaths>;
