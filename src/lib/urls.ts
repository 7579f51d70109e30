import { site } from './site.ts';

/**
 * A path of the site as served, under its base path: `sitePath('/q/sla/')` is `/aks-faq/q/sla/` when the
 * site is built with BASE_PATH=/aks-faq/. Every link, asset and redirect the site writes goes through it.
 */
export const sitePath = (path: string) => `${site.base}${path.replace(/^\//, '')}`;

/** A served path without the base path, as the site's routes name it (`/aks-faq/q/sla/` gives `/q/sla/`). */
export const routePath = (servedPath: string) =>
  servedPath.startsWith(site.base) ? `/${servedPath.slice(site.base.length)}` : servedPath;

/** Path of the home page, which indexes every question. */
export const homePath = () => sitePath('/');

/** Path of a section page. */
export const sectionPath = (sectionId: string) => sitePath(`/${sectionId}/`);

/** Readable path of a question: its section page with the question's anchor. */
export const questionPath = (q: { id: string; section: { id: string } }) => `${sectionPath(q.section.id)}#${q.id}`;

/** Absolute URL on the deployed site of a path this module gave, for canonical links and copied links. */
export const absoluteUrl = (path: string) => new URL(path, site.url).href;

/** Permanent path of a question id or alias: a page that sends the reader to wherever the question is now. */
export const permalinkPath = (id: string) => sitePath(`/q/${id}/`);

/** Path of the page that shows every question and answer of the FAQ. */
export const allQuestionsPath = () => sitePath('/all/');

/** Path of the Atom feed of recently updated questions. */
export const feedPath = () => sitePath('/feed.xml');

/** Path of the search page, optionally with the words to search for. */
export const searchPath = (words?: string) => sitePath(words ? `/search/?q=${encodeURIComponent(words)}` : '/search/');

/** Path of the site-wide map of anchors to where they land (src/pages/anchors.json.ts). */
export const anchorMapPath = () => sitePath('/anchors.json');

/** Path of the sitemap index that @astrojs/sitemap writes. */
export const sitemapPath = () => sitePath('/sitemap-index.xml');
