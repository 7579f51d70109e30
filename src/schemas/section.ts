import { z } from 'astro/zod';
import { curlyQuotesAround, curlyQuotesMessage } from './curly-quotes.ts';
import { idListSchema } from './id.ts';

const oneLine = (what: string) =>
  z
    .string({ error: `The ${what} must be text in quotes.` })
    .refine((text) => text.trim() !== '', { error: `The ${what} is empty.`, abort: true })
    .refine((text) => !text.trim().includes('\n'), {
      error: `The ${what} runs over several lines: write it on one line.`,
      abort: true,
    })
    .refine((text) => !curlyQuotesAround(text), { error: (issue) => curlyQuotesMessage(what, String(issue.input)) })
    .refine((text) => text === text.trim(), `The ${what} starts or ends with a space: remove it inside the quotes.`);

/** Frontmatter of `sections/<section-id>.md`. The file name is the section's id and URL. */
export const sectionSchema = z.strictObject({
  /** Heading of the section page and its name in the navigation. */
  title: oneLine('title').meta({ examples: ['Networking'] }),
  /** Position among the sections, smallest first; no two sections share one. */
  order: z.int({ error: 'The order is a whole number, such as 3, without quotes.' }).meta({ examples: [3] }),
  /** One line saying what the section covers, shown under its title in the index and on its page. */
  summary: oneLine('summary')
    .optional()
    .meta({ examples: ['Networking, DNS and ingress.'] }),
  /** Ids of the section's questions (their file names without .md), in reading order. */
  questions: idListSchema('List the question ids one per line, each after "  - ".')
    .min(1, 'A section needs at least one question.')
    .meta({ examples: [['own-dns-server']] }),
});
