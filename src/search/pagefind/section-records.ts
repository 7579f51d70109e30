import type { SearchRecord } from '../record.ts';
import { blockFor, padding } from './section-layout.ts';

/** The filters a search can narrow by: the section's id. */
export const recordFilters = { section: 'section' } as const;

/** The words of a text as Pagefind counts their positions: one per piece between spaces, hyphenated words too. */
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

/** The words searched as a question's answer: the answer, then each other way of asking it, a padding before each. */
const answerWords = (record: SearchRecord) => [
  ...positionWords(record.answer),
  ...record.alsoAsked.flatMap((asked) => [padding, ...positionWords(asked)]),
];

/** How many positions each other way of asking takes after its padding, in their order after the answer. */
export const askedLengths = (record: SearchRecord) => record.alsoAsked.map((asked) => positionWords(asked).length);

/** Where the other ways of asking stand in a block (`answerWords`), from their lengths and where the answer ends. */
export function askedSpans(answerEnd: number, lengths: number[]): { start: number; length: number }[] {
  let end = answerEnd;
  return lengths.map((length) => {
    const start = end + 1;
    end = start + length;
    return { start, length };
  });
}

/** A question's block of its section's record (section-layout.ts): its words, padded, and its size class. */
export function questionBlock(record: SearchRecord, titleSpan: number): { words: string[]; digit: string } {
  const question = positionWords(record.question);
  const answer = answerWords(record);
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

/**
 * A section's title and questions as one record for Pagefind's `addCustomRecord`, and its blocks' size classes.
 * The title is the record's first words, not Pagefind's `meta`: a match in it comes back as a position like any
 * other.
 */
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
