import type { APIRoute } from 'astro';
import { getFaq } from '../../lib/faq.ts';
import { site } from '../../lib/site.ts';
import { searchRecords } from './faq-records.ts';

// Pagefind picks its stemmer by the language's primary subtag ("en" of "en-GB").
const language = site.lang.split('-')[0]!.toLowerCase();

/**
 * The search records as JSON, a route the search integration adds: the build writes it, the integration
 * indexes it and deletes it; the dev server serves it to the integration's dev index.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(searchRecords(await getFaq(), language)));
