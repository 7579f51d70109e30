import type { APIRoute } from 'astro';
import { uncrawledPaths } from '../lib/routes.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\n${uncrawledPaths().map((path) => `Disallow: ${path}\n`).join('')}Allow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`);
