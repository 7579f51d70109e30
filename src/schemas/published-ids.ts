import { z } from 'astro/zod';
import { idListSchema, idSchema } from './id.ts';

/** `<content>/published-ids.json`: every id the site has ever published, so that no link to it dies silently. */
export const publishedIdsSchema = z.strictObject({
  /** Question ids and aliases that have been live; `npm run ids:publish` adds new ones, nothing removes them. */
  published: idListSchema('"published" is a list of ids: ["own-dns-server", "sla"].').meta({
    examples: [['own-dns-server']],
  }),
  /** Ids whose question was deleted on purpose; each gets a "this question was removed" page. */
  retired: z
    .record(
      idSchema,
      z.strictObject({
        /** Section the question used to be in, linked from the removal page. */
        section: idSchema.optional(),
        /** Why it went, or where to look instead, shown on the removal page. */
        note: z.string().optional(),
        /** The question's last text: shown on the removal page, and its Learn-style anchors land there. */
        question: z.string().optional(),
      }),
      { error: '"retired" maps each removed id to { "section": "…", "note": "…" }.' },
    )
    .default({})
    .meta({ examples: [{ 'old-id': { section: 'operations', note: 'Why it went, or where to look instead.' } }] }),
});

export type PublishedIds = z.infer<typeof publishedIdsSchema>;
