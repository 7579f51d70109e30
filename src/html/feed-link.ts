import { site } from '../settings/site.ts';
import { feedPath } from '../settings/site-urls.ts';

/** The attributes of the `<link>` by which every page's head announces the Atom feed (FeedLink.astro, and the permalink pages). */
export const feedLink = () => ({
  rel: 'alternate',
  type: 'application/atom+xml',
  title: `${site.title}: recently updated questions`,
  href: feedPath(),
});
