import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: /q/\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`);
