import { site } from './site.ts';

/** Path of the home page, which indexes every question. */
export const homePath = () => '/';

/** Path of a section page. */
export const sectionPath = (sectionId: string) => `/${sectionId}/`;

/** Readable path of a question: its section page with the question's anchor. */
export const questionPath = (q: { id: string; section: { id: string } }) => `${sectionPath(q.section.id)}#${q.id}`;

/** Absolute URL on the deployed site, for canonical links and copied links. */
export const absoluteUrl = (path: string) => new URL(path, site.url).href;

/** Permanent path of a question id or alias: a page that sends the reader to wherever the question is now. */
export const permalinkPath = (id: string) => `/q/${id}/`;

/** Path of the page that shows every question and answer of the FAQ. */
export const allQuestionsPath = () => '/all/';

/** Path of the Atom feed of recently updated questions. */
export const feedPath = () => '/feed.xml';

/** Path of the search page, optionally with the words to search for. */
export const searchPath = (words?: string) => (words ? `/search/?q=${encodeURIComponent(words)}` : '/search/');
