import { conceptMapSchema, type ConceptMap } from './concept-map.ts';
import { publishedIdsSchema, type PublishedIds } from './published-ids.ts';
import { siteSchema } from './site.ts';
import { upstreamSchema, type UpstreamRecord } from './upstream.ts';

/**
 * The JSON files of a content folder, by name without `.json`: the content gate reads each against its schema
 * (src/pipeline/json-file.ts) and editors get the same schema in `.astro/<name>.schema.json`.
 */
export const jsonFiles = {
  site: { schema: siteSchema },
  'published-ids': {
    schema: publishedIdsSchema,
    missing: (): PublishedIds => ({ published: [], sections: [], retired: {} }),
  },
  'concept-map': { schema: conceptMapSchema, missing: (): ConceptMap => ({}) },
  upstream: { schema: upstreamSchema, missing: (): UpstreamRecord => ({ sections: {}, questions: {} }) },
};
