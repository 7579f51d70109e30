import { z } from 'astro/zod';

/** `<content>/published-ids.json`: every id the site has ever published, so that no link to it dies silently. */
export const publishedIdsSchema = z.strictObject({
  /** Question ids and aliases that have been live; `npm run ids:publish` adds new ones, nothing removes them. */
  published: z.array(z.string()),
  /** Ids whose question was deleted on purpose; each gets a "this question was removed" page. */
  retired: z
    .record(
      z.string(),
      z.strictObject({
        /** Section the question used to be in, linked from the removal page. */
        section: z.string().optional(),
        /** Why it went, or where to look instead, shown on the removal page. */
        note: z.string().optional(),
      }),
    )
    .default({}),
});

export type PublishedIds = z.infer<typeof publishedIdsSchema>;
