import type { SearchRecord } from '../../src/search/record.ts';

/** A question's search record in a one-section site, for tests of how search reads and ranks. */
export const searchRecord = (id: string, question: string, answer: string, alsoAsked: string[] = []): SearchRecord => ({
  id,
  url: `/s/#${id}`,
  language: 'en',
  question,
  answer,
  alsoAsked,
  sectionId: 's',
  sectionTitle: 'S',
});
