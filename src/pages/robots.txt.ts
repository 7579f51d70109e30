import type { APIRoute } from 'astro';
import { absoluteUrl, homePath, sitemapPath } from '../settings/site-urls.ts';

// Every page may be fetched: the permalink pages, which link previews fetch when a question is shared, keep out of
// search results by saying noindex themselves. Crawlers read robots.txt only at the root of a host: under a base path
// it is written all the same, for a host that serves this folder at its root.
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: ${homePath()}\n\nSitemap: ${absoluteUrl(sitemapPath())}\n`);
