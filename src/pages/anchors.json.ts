import type { APIRoute } from 'astro';
import { getAnchorMap } from '../faq/get-faq.ts';

/** The site-wide map of fragments, fetched by a page only when its own fragment matches nothing on it. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getAnchorMap()));
