import { site } from './site.ts';

/** Path of a section page. */
export const sectionPath = (sectionId: string) => `/${sectionId}/`;

/** Readable path of a question: its section page with the question's anchor. */
export const questionPath = (q: { id: string; section: { id: string } }) => `${sectionPath(q.section.id)}#${q.id}`;

/** Absolute URL on the deployed site, for canonical links and copied links. */
export const absoluteUrl = (path: string) => new URL(path, site.url).href;

/** Permanent path of a question id or alias: a page that sends the reader to wherever the question is now. */
export const permalinkPath = (id: string) => `/q/${id}/`;
