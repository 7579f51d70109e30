import type { APIRoute } from 'astro';
import { getFaq } from '../../lib/faq.ts';
import { site } from '../../lib/site.ts';
import { searchRecords } from './faq-records.ts';

/**
 * The search records as JSON, a route the search integration adds: the build writes it, the integration
 * indexes it and deletes it; the dev server serves it to the integration's dev index.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(searchRecords(await getFaq(), site.lang)));
