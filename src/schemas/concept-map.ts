import { z } from 'astro/zod';

/** A phrase of one to six words, e.g. "clock drift", "multi-region" or "AZ". */
const phrase = z
  .string({ error: 'A phrase is text in quotes' })
  .trim()
  .min(1, 'The phrase is empty')
  .regex(/[\p{L}\p{N}]/u, 'A phrase needs at least one letter or digit')
  .refine((text) => text.split(/[\s-]+/).length <= 6, 'A phrase has at most six words');

/** The answers' phrases for one reader's phrase: one phrase, or a list of them. */
const answerPhrases = z.preprocess(
  (value) => (typeof value === 'string' ? [value] : value),
  z.array(phrase, { error: 'Write the answers’ words as a phrase in quotes, or a list of phrases' }).min(1, 'The list of phrases is empty'),
);

/**
 * `<content>/concept-map.json`: what readers type, mapped to the words the answers use for it. A query that
 * contains the reader's phrase (in any case, with hyphens, spaces or none: "multi-region", "multi region",
 * "multiregion") is also searched as each of the answers' phrases, e.g.
 * `{ "clock drift": "time synchronization", "dns": ["fqdn", "domain name", "coredns"], "AZ": "availability zone" }`.
 */
export const conceptMapSchema = z.record(phrase, answerPhrases);

/** The concept map: each reader's phrase with the answers' phrases it stands for. */
export type ConceptMap = z.output<typeof conceptMapSchema>;
