import { z } from 'astro/zod';

/** Frontmatter of `sections/<section-id>.md`. The file name is the section's id and URL. */
export const sectionSchema = z.strictObject({
  /** Heading of the section page and its name in the navigation. */
  title: z.string().trim().min(1),
  /** Position among the sections, smallest first. */
  order: z.number().int(),
  /** One line saying what the section covers, shown in the index. */
  summary: z.string().trim().min(1),
  /** Ids of the section's questions, in reading order. */
  questions: z.array(z.string()).min(1, 'A section needs at least one question'),
});
