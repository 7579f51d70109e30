import { z } from 'astro/zod';
import { hasUnseen, quotedVisibly } from '../utils/visible-text.ts';

/** Why a text is not an id, with the text as written: a character that does not show would make it look right. */
const notAnId = (text: string) =>
  `${quotedVisibly(text)} is not an id` +
  (hasUnseen(text)
    ? ': each \\u… in the quotes stands for a character that does not show. Delete them, or type the id again.'
    : '. An id is lowercase words of letters and digits joined by single hyphens, ' +
      'such as custom-dns (a file name without .md).');

/**
 * The one shape ids take (question ids, section ids, aliases): lowercase words of letters and digits joined by hyphens.
 */
export const idSchema = z
  .string({ error: 'An id is text, such as custom-dns.' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (issue) => notAnId(String(issue.input)) });

/** A list of ids in which each appears once; the second mention is the one reported. */
export const idListSchema = (error: string) =>
  z.array(idSchema, { error }).check((ctx) => {
    const seen = new Set<string>();
    ctx.value.forEach((id, index) => {
      if (seen.has(id))
        ctx.issues.push({
          code: 'custom',
          message: `"${id}" is listed twice: remove this one.`,
          input: ctx.value,
          path: [index],
        });
      seen.add(id);
    });
  });

/** Whether a text has the one shape ids take. */
export const isValidId = (id: string) => idSchema.safeParse(id).success;
