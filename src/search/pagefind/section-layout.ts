import { firstIndex } from '../../utils/binary-search.ts';

/**
 * Where each question sits inside the Pagefind record of its section: the format the indexer writes
 * (`/pagefind/layout.json`) and the client reads to turn Pagefind's word positions into questions.
 *
 * A section is one Pagefind record (section-records.ts): its title, padded to `headerSpan` positions, then its
 * questions one after the other, each a block of word positions.
 * A block is the question, padded to `titleSpan` positions, then the answer, padded so the block's length
 * is one of a few sizes (`blockSizes`). Padding is a word Pagefind counts but does not index. So a block
 * is told by its size class alone, one character per question, and a position tells its question and
 * whether it falls in the question's own words. tests/contract/ checks that Pagefind counts and pads so.
 */

/** File name of the layout inside Pagefind's bundle folder. */
export const layoutFileName = 'layout.json';

/** A position Pagefind counts and does not index: what pads a question's words to their block. */
export const padding = '·';

/** The layout as JSON. */
export interface LayoutFile {
  /** Positions at the start of every section's record given to the section's title; its first question follows. */
  headerSpan: number;
  /** Positions of every block given to the question itself; its answer starts after them. */
  titleSpan: number;
  /** The average number of words of a question, for weighing a question's length. */
  questionWords: number;
  /** The folder of the questions' files (`questionFilePath`). */
  questionFolder: string;
  /**
   * The sections as Pagefind names their records (their fragment's hash), each with its blocks' size classes, one
   * character each.
   */
  sections: [hash: string, classes: string][];
}

// Size classes are steps of about an eighth: a block wastes at most an eighth of its positions on padding.
const classDigits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ratio = 1.125;

/** The block sizes, smallest first; the class of a block is its index here. */
export const blockSizes: number[] = (() => {
  const sizes = [1];
  while (sizes.length < classDigits.length) sizes.push(Math.max(sizes.at(-1)! + 1, Math.ceil(sizes.at(-1)! * ratio)));
  return sizes;
})();

/** The smallest block that holds `length` positions, as its size and its class; undefined when none does. */
export function blockFor(length: number): { size: number; digit: string } | undefined {
  const index = blockSizes.findIndex((size) => size >= length);
  return index < 0 ? undefined : { size: blockSizes[index]!, digit: classDigits[index]! };
}

/** Where one question's block is: its section's record, its place in the section, and its positions. */
export interface Block {
  /** Pagefind's name for the section's record. */
  hash: string;
  /** The question's place in its section, from 0. */
  index: number;
  start: number;
  length: number;
}

/** A question's name in search: its section's record and its place there. */
export const blockId = ({ hash, index }: Pick<Block, 'hash' | 'index'>) => `${hash}-${index}`;

/** The layout as the client uses it. */
export interface Layout {
  questionFolder: string;
  headerSpan: number;
  titleSpan: number;
  questionWords: number;
  /** The blocks of each section's record, in order. */
  sections: Map<string, Block[]>;
  /** Questions in the index. */
  questions: number;
  /** The average block length, which a block's length is weighed against. */
  averageLength: number;
}

/** The layout from its JSON. */
export function decodeLayout(file: LayoutFile): Layout {
  const sections = new Map<string, Block[]>();
  let total = 0;
  let count = 0;
  for (const [hash, classes] of file.sections) {
    let start = file.headerSpan;
    const blocks = [...classes].map((digit, index) => {
      const length = blockSizes[classDigits.indexOf(digit)]!;
      const block = { hash, index, start, length };
      start += length;
      return block;
    });
    sections.set(hash, blocks);
    total += start - file.headerSpan;
    count += blocks.length;
  }
  return {
    questionFolder: file.questionFolder,
    headerSpan: file.headerSpan,
    titleSpan: file.titleSpan,
    questionWords: file.questionWords,
    sections,
    questions: count,
    averageLength: count ? total / count : 0,
  };
}

/** The block that holds a position of a section's record: the last block starting at or before it. */
export function blockAt(blocks: Block[], position: number): Block | undefined {
  const block = blocks[firstIndex(blocks.length, (index) => blocks[index]!.start > position) - 1];
  return block && position < block.start + block.length ? block : undefined;
}

/**
 * Where a position of a question's block (counted from the block's start) falls in the question's words followed
 * by its answer's, for a question of `questionWords` words.
 */
export const wordIndex = (layout: Pick<Layout, 'titleSpan'>, questionWords: number, offset: number) =>
  offset < layout.titleSpan ? offset : questionWords + offset - layout.titleSpan;
