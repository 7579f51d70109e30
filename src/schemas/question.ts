import { z } from 'astro/zod';
import { curlyQuotesAround, curlyQuotesMessage } from './curly-quotes.ts';
import { idListSchema } from './id.ts';
import { unshownMarkdown } from './question-markdown.ts';

/** Longest question text we accept: longer ones read as paragraphs, not questions. */
export const MAX_QUESTION_LENGTH = 200;

/** Most ways of asking a question that `alsoAsked` may list, and the longest, in characters. */
export const MAX_ALSO_ASKED = 10;
export const MAX_ALSO_ASKED_LENGTH = 80;

/** Tomorrow in UTC, so that an `updated` date written anywhere on Earth today is never "in the future". */
const latestDate = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** A question's text: one sentence on one line, in quotes, plain text but for `inline code`. */
const questionText = (what: string, notText: string) =>
  z
    .string({ error: notText })
    .refine((text) => text.trim() !== '', { error: `The ${what} is empty.`, abort: true })
    .refine((text) => !text.trim().includes('\n'), {
      error: `The ${what} runs over several lines: write it on one line.`,
      abort: true,
    })
    .superRefine((text, context) => {
      const unshown = unshownMarkdown(text);
      if (unshown.length > 0)
        context.addIssue({
          code: 'custom',
          message:
            `The ${what} has Markdown that a question cannot show: ${unshown.join(', ')}. ` +
            'Write it as plain text: only `code` in backticks shows as code in a question.',
        });
    })
    .refine((text) => !curlyQuotesAround(text), { error: (issue) => curlyQuotesMessage(what, String(issue.input)) })
    .refine((text) => text === text.trim(), `The ${what} starts or ends with a space: remove it inside the quotes.`)
    .max(MAX_QUESTION_LENGTH, {
      error: (issue) =>
        `The ${what} is ${String(issue.input).length} characters long; the limit is ${MAX_QUESTION_LENGTH}. ` +
        'Ask it in one sentence and move the detail into the answer.',
    });

/** Frontmatter of `questions/<question-id>.md(x)`. The file name is the question's id. */
export const questionSchema = z.strictObject({
  /** The question as readers see it: one sentence on one line, `code` its one Markdown; reword freely, the id stays. */
  question: questionText('question text', 'The question must be text in quotes.').meta({
    examples: ['Can I use my own DNS server?'],
  }),
  /** Former ids and other anchors that must keep landing on this question. */
  aliases: idListSchema('List the aliases in square brackets: aliases: [old-id, other-old-id].')
    .default([])
    .meta({ examples: [['custom-dns']] }),
  /** Earlier wordings of the question, whose Learn-style anchors (with learnStyleAnchors) keep landing here. */
  formerly: z
    .array(questionText('earlier wording', 'An earlier wording must be text in quotes.'), {
      error: 'List the earlier wordings in square brackets: formerly: ["Can I use a custom DNS?"].',
    })
    .default([])
    .meta({ examples: [['Can I use a custom DNS?']] }),
  /** Other ways readers ask it, in their own words (names, flags, symptoms): search finds the question by them. */
  alsoAsked: z
    .array(
      z
        .string({ error: 'Each way of asking must be text in quotes.' })
        .trim()
        .min(1, 'A way of asking is empty: remove it or write the words.')
        .max(MAX_ALSO_ASKED_LENGTH, {
          error: (issue) =>
            `"${String(issue.input)}" is ${String(issue.input).length} characters long; the limit is ` +
            `${MAX_ALSO_ASKED_LENGTH}. Write the words a reader would type, not a sentence.`,
        }),
      { error: 'List the ways of asking in square brackets: alsoAsked: ["turn off cluster at night"].' },
    )
    .max(MAX_ALSO_ASKED, `List at most ${MAX_ALSO_ASKED} ways of asking: keep those that differ most from the rest.`)
    .default([])
    .meta({ examples: [['turn off cluster at night', 'power off nodes to save cost']] }),
  /** Sections the question was moved out of: their pages keep its anchors, leading to where it is now. */
  movedFrom: idListSchema('List the sections in square brackets: movedFrom: [operations].')
    .default([])
    .meta({ examples: [['operations']] }),
  /** When the answer was last checked, as YYYY-MM-DD. */
  updated: z.iso
    .date({ error: 'Write the date as YYYY-MM-DD, a real day of the calendar, e.g. 2026-11-25.', abort: true })
    .refine((date) => date <= latestDate(), 'The date is in the future: write the day the answer was last checked.')
    .transform((date) => new Date(`${date}T00:00:00Z`))
    .optional()
    .meta({ examples: ['2026-11-25'] }),
});
