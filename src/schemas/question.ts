import { z } from 'astro/zod';
import { idListSchema } from './id.ts';

/** Longest question text we accept: longer ones read as paragraphs, not questions. */
export const MAX_QUESTION_LENGTH = 200;

/** Tomorrow in UTC, so that an `updated` date written anywhere on Earth today is never "in the future". */
const latestDate = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** Frontmatter of `questions/<question-id>.md(x)`. The file name is the question's id. */
export const questionSchema = z.strictObject({
  /** The question as readers see it: one sentence on one line; reword freely, the id stays. */
  question: z
    .string({ error: 'The question must be text in quotes.' })
    .refine((text) => text.trim() !== '', { error: 'The question text is empty.', abort: true })
    .refine((text) => !text.trim().includes('\n'), {
      error: 'The question text runs over several lines: write it on one line.',
      abort: true,
    })
    .refine(
      (text) => text === text.trim(),
      'The question text starts or ends with a space: remove it inside the quotes.',
    )
    .max(MAX_QUESTION_LENGTH, {
      error: (issue) =>
        `The question text is ${String(issue.input).length} characters long; the limit is ${MAX_QUESTION_LENGTH}. ` +
        'Ask it in one sentence and move the detail into the answer.',
    })
    .meta({ examples: ['Can I use my own DNS server?'] }),
  /** Former ids and other anchors that must keep landing on this question. */
  aliases: idListSchema('List the aliases in square brackets: aliases: [old-id, other-old-id].')
    .default([])
    .meta({ examples: [['custom-dns']] }),
  /** When the answer was last checked, as YYYY-MM-DD. */
  updated: z.iso
    .date('Write the date as YYYY-MM-DD, a real day of the calendar, e.g. 2026-11-25.')
    .refine((date) => date <= latestDate(), 'The date is in the future: write the day the answer was last checked.')
    .transform((date) => new Date(`${date}T00:00:00Z`))
    .optional()
    .meta({ examples: ['2026-11-25'] }),
});
