import { z } from 'astro/zod';

/**
 * `<content>/abbreviations.json`: abbreviations readers type, each with the words an answer spells it out in,
 * e.g. `{ "AZ": "availability zone" }`. Search indexes the abbreviation with every question whose text
 * contains those words.
 */
export const abbreviationsSchema = z.record(
  z.string().regex(/^[A-Za-z0-9]+$/, 'An abbreviation is one word of letters and digits'),
  z.string().trim().min(1, 'Spell the abbreviation out'),
);

export type Abbreviations = z.infer<typeof abbreviationsSchema>;
