import { z } from 'astro/zod';
import { idSchema } from './id.ts';

/** What one question was last synced from: the upstream text, and how the site's copy read then. */
const syncedQuestionSchema = z.strictObject({
  /** The section the question was synced into. */
  section: idSchema,
  /** The question as the upstream file wrote it (Learn's Markdown): its Learn-style anchors land on the question. */
  question: z.string(),
  /** The answer as the upstream file wrote it (Learn's Markdown). */
  answer: z.string(),
  /** SHA-256 of the answer as the site wrote it from that text: a body with another digest was edited here since. */
  answerDigest: z.string().regex(/^[0-9a-f]{64}$/, 'answerDigest is a SHA-256 digest in hex (64 characters).'),
});

/**
 * `<content>/upstream.json`: what `npm run sync` last brought in from the upstream FAQ (a Microsoft Learn YAML
 * file), so that the next sync can tell an edit made upstream from one made here. Written by the sync; edit
 * it only to forget a question (remove its entry: the sync then leaves the question alone).
 */
export const upstreamSchema = z.strictObject({
  /** The upstream file last synced, and the date its changes are dated with. */
  version: z
    .strictObject({
      /** File name of the upstream version. */
      file: z.string(),
      /** Its date, YYYY-MM-DD: the `updated` date of the questions it changed. */
      date: z.iso.date('Write the date as YYYY-MM-DD.'),
    })
    .optional()
    .meta({ examples: [{ file: '15-2026-07-01-df19aa480.yml', date: '2026-07-01' }] }),
  /** Each section synced, by id: the upstream name it was last synced from. */
  sections: z
    .record(
      idSchema,
      z.strictObject({
        /** The section's name upstream. */
        name: z.string(),
        /** Its earlier names upstream, oldest first: their Learn-style anchors still land on the section. */
        formerly: z.array(z.string()).optional(),
      }),
    )
    .default({})
    .meta({ examples: [{ support: { name: 'Support' } }] }),
  /** Each question synced, by id. */
  questions: z
    .record(idSchema, syncedQuestionSchema)
    .default({})
    .meta({
      examples: [
        {
          sla: {
            section: 'support',
            question: 'Does AKS offer a service-level agreement?',
            answer: 'AKS provides SLA guarantees.',
            answerDigest: '0'.repeat(64),
          },
        },
      ],
    }),
});

export type UpstreamRecord = z.infer<typeof upstreamSchema>;
export type SyncedQuestion = UpstreamRecord['questions'][string];
