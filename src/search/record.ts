import { blockFor, padding } from './layout.ts';

/**
 * The one definition of what search stores for a question: the indexer (src/search/index/) writes records in
 * this shape and the client (src/search/client/) reads them back, so neither guesses the other's format.
 */

/** One question as search indexes it, built from the FAQ model. */
export interface SearchRecord {
  /** The question's id, which is also its anchor. */
  id: string;
  /** Where the question is read: its section page with the question's anchor, e.g. `/networking/#time-sync`. */
  url: string;
  /** Language of the text (the site's `lang`), which picks Pagefind's stemmer. */
  language: string;
  /** The question as the reader sees it. */
  question: string;
  /** The answer as plain text: prose, list items, code, the text of callouts; no markup. */
  answer: string;
  /** Id of the question's section: the value the section filter matches. */
  sectionId: string;
  /** Title of the question's section, shown under each result. */
  sectionTitle: string;
}

/** The filters a search can narrow by: the section's id. */
export const recordFilters = { section: 'section' } as const;

/** The words of a text as Pagefind counts their positions: one per piece between spaces. */
export const positionWords = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * Positions kept for the words of each section's title and of each question (as many as the longest has),
 * and the questions' average number of words, to one decimal.
 */
export function spansOf(records: SearchRecord[]) {
  const questionLengths = records.map((record) => positionWords(record.question).length);
  return {
    headerSpan: Math.max(1, ...records.map((record) => positionWords(record.sectionTitle).length)),
    titleSpan: Math.max(1, ...questionLengths),
    questionWords:
      Math.round((10 * questionLengths.reduce((sum, length) => sum + length, 0)) / Math.max(1, records.length)) / 10,
  };
}

const pad = (count: number) => Array<string>(count).fill(padding);

/** A question's block of its section's record (src/search/layout.ts): its words, padded, and its size class. */
export function questionBlock(record: SearchRecord, titleSpan: number): { words: string[]; digit: string } {
  const question = positionWords(record.question);
  const answer = positionWords(record.answer);
  const used = titleSpan + answer.length;
  const block = blockFor(used);
  if (!block)
    throw new Error(
      `Search: the answer of "${record.id}" (${record.url}) has ${answer.length} words, ` +
        'more than search can hold; split it into several questions.',
    );
  return {
    words: [...question, ...pad(titleSpan - question.length), ...answer, ...pad(block.size - used)],
    digit: block.digit,
  };
}

/** A section's title and questions as one record for Pagefind's `addCustomRecord`, and its blocks' size classes. */
export function sectionRecord(records: SearchRecord[], { headerSpan, titleSpan }: ReturnType<typeof spansOf>) {
  const [first] = records;
  if (!first) throw new Error('Search: a section record needs questions.');
  const blocks = records.map((record) => questionBlock(record, titleSpan));
  const header = positionWords(first.sectionTitle);
  const record = {
    url: first.url.split('#')[0]!,
    content: [...header, ...pad(headerSpan - header.length), ...blocks.flatMap((block) => block.words)].join(' '),
    language: first.language,
    filters: { [recordFilters.section]: [first.sectionId] },
  };
  return { record, classes: blocks.map((block) => block.digit).join('') };
}

/** What the client fetches to show a question as a result. */
export interface QuestionFile {
  url: string;
  question: string;
  section: string;
  answer: string;
}

/**
 * Path of a question's file in the bundle, from its name in search (`blockId`), in a folder named by a
 * digest of all the questions' files: any change gives every file a new address, so hosts may let
 * browsers keep them.
 */
export const questionFilePath = (folder: string, id: string) => `question/${folder}/${id}.json`;

/** A question's file, as the client reads it. */
export const questionFile = (record: SearchRecord): QuestionFile => ({
  url: record.url,
  question: record.question,
  section: record.sectionTitle,
  answer: record.answer,
});
