import type { APIRoute } from 'astro';
import { uncrawledPaths } from '../urls/routes.ts';
import { absoluteUrl, homePath, sitemapPath, sitePath } from '../settings/site-urls.ts';

// Crawlers read robots.txt only at the root of a host: under a base path it is written all the same, for a
// host that serves this folder at its root.
export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\n${uncrawledPaths()
      .map((path) => `Disallow: ${sitePath(path)}\n`)
      .join('')}Allow: ${homePath()}\n\nSitemap: ${absoluteUrl(sitemapPath())}\n`,
  );
