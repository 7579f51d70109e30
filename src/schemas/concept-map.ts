import { z } from 'astro/zod';
import { ignoredOfOneWord, readerKey } from '../text/words.ts';

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
  z
    .array(phrase, { error: 'Write the answers’ words as a phrase in quotes, or a list of phrases' })
    .min(1, 'The list of phrases is empty'),
);

/**
 * `<content>/concept-map.json`: what readers type, mapped to the words the answers use for it. A query that
 * contains the reader's phrase (in any case, with hyphens, spaces or none: "multi-region", "multi region",
 * "multiregion") is also searched as each of the answers' phrases, e.g.
 * `{ "clock drift": "time synchronization", "dns": ["fqdn", "domain name", "coredns"], "AZ": "availability zone" }`.
 * Two entries that search reads as the same phrase, an entry that maps to itself, one of only words search ignores
 * and one that search reads as a single word of several ("add-on" as "add") are refused.
 */
export const conceptMapSchema = z
  .record(phrase, answerPhrases)
  .superRefine(
    (map, context) => {
      const seen = new Map<string, string>();
      // Runs even when an entry broke the rules above, so that every mistake shows at once: values may be anything.
      for (const [reader, value] of Object.entries(map as Record<string, unknown>)) {
        const answers = [value].flat().filter((answer): answer is string => typeof answer === 'string');
        const key = readerKey(reader);
        const earlier = seen.get(key);
        const issue = (message: string) => context.addIssue({ code: 'custom', path: [reader], message });
        const ignored = ignoredOfOneWord(reader);
        if (!key)
          issue('only words that search ignores ("the", "how", "is", …); use a meaningful word, or remove the entry');
        else if (earlier !== undefined)
          issue(`the same phrase to search as "${earlier}"; merge the two entries into one list under "${earlier}"`);
        else if (answers.some((answer) => readerKey(answer) === key))
          issue('maps to itself; map it to the words the answers use instead, or remove the entry');
        else if (ignored) {
          const one = `the one word "${key}" ("${ignored.join('", "')}" it ignores)`;
          issue(
            `search reads it as ${one}, so every "${key}" would be searched as its answers; write the one word, or a ` +
              'phrase of two meaningful words',
          );
        }
        if (key && earlier === undefined) seen.set(key, reader);
      }
    },
    { when: () => true },
  )
  .meta({ examples: [{ 'clock drift': 'time synchronization', dns: ['fqdn', 'coredns'], AZ: 'availability zone' }] });

/** The concept map: each reader's phrase with the answers' phrases it stands for. */
export type ConceptMap = z.output<typeof conceptMapSchema>;
