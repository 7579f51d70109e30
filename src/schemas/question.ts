import { z } from 'astro/zod';

/** Frontmatter of `questions/<question-id>.md(x)`. The file name is the question's id. */
export const questionSchema = z.strictObject({
  /** The question as readers see it; reword freely, the id stays. */
  question: z.string().trim().min(1, 'The question text is empty'),
  /** Former ids and other anchors that must keep landing on this question. */
  aliases: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase kebab-case')).default([]),
  /** When the answer was last reviewed. */
  updated: z.coerce.date().optional(),
});
