import { z } from 'astro/zod';
import { idListSchema, idSchema } from './id.ts';

/** `<content>/published-ids.json`: every id the site has ever published, so that no link to it dies silently. */
export const publishedIdsSchema = z.strictObject({
  /** Question ids and aliases that have been live, in the order they went live: `npm run ids:publish` appends. */
  published: idListSchema('"published" is a list of ids: ["own-dns-server", "sla"].').meta({
    examples: [['own-dns-server']],
  }),
  /** Section ids whose page (`/<id>/`) has been live; `npm run ids:publish` adds new ones, nothing removes them. */
  sections: idListSchema('"sections" is a list of section ids: ["networking", "operations"].')
    .default([])
    .meta({ examples: [['networking']] }),
  /** Ids deleted on purpose: a question's gets a "this question was removed" page, a section's a page at `/<id>/`. */
  retired: z
    .record(
      idSchema,
      z.strictObject({
        /**
         * A question's: the section it used to be in, linked from its removal page. A section's: the section that
         * took its place, where its address sends readers (without it, its page says the section was removed).
         */
        section: idSchema.optional(),
        /** Why it went, or where to look instead, shown on the removal page. */
        note: z.string().optional(),
        /** The question's last text: shown on the removal page, and its Learn-style anchors land there. */
        question: z.string().optional(),
        /** A section's titles, here and on the source page: their Learn-style anchors land where its address does. */
        titles: z.array(z.string()).optional(),
      }),
      { error: '"retired" maps each removed id to { "section": "…", "note": "…" }.' },
    )
    .default({})
    .meta({ examples: [{ 'old-id': { section: 'operations', note: 'Why it went, or where to look instead.' } }] }),
});

export type PublishedIds = z.infer<typeof publishedIdsSchema>;

/** What the registry says of one retired id. */
export type Removal = PublishedIds['retired'][string];

/** The retired ids of one kind: those of published sections (in "sections"), or those of questions and aliases. */
export function retiredIds(registry: PublishedIds, kind: 'question' | 'section'): Record<string, Removal> {
  const sections = new Set(registry.sections);
  return Object.fromEntries(
    Object.entries(registry.retired).filter(([id]) => sections.has(id) === (kind === 'section')),
  );
}
