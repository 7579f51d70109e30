import { blockAt, blockId, type Block, type Layout } from '../layout.ts';

/** A question one term matches: its score for the term and where the term is in its block. */
export interface QuestionMatch {
  /** The question's block, `<section record>-<place>`. */
  id: string;
  score: number;
  /** Positions of the matches from the start of the question's block (src/search/layout.ts). */
  words: number[];
}

/** Where a term matches in one section's record, and how closely each match is the term itself (1: exactly). */
export interface SectionMatches {
  id: string;
  words: number[];
  closeness: (position: number) => number;
}

/**
 * Pagefind's own ranking, applied to questions instead of records: Okapi BM25 with Pagefind's defaults (how
 * fast repeats of a word stop counting more, and how much a long answer's matches count less), plus the
 * term's rarity for a match in the section's title, as Pagefind's metadata boost gave it, and half of it for
 * a match in the question itself (measured best on the tuning queries of tests/search-queries.json). A match
 * that is a longer word than the term counts far less (`similarity`, Pagefind's `termSimilarity`): "az"
 * finds "AZ" before "Azure".
 */
export const ranking = { saturation: 1.4, lengthWeight: 0.75, questionWeight: 0.5, sectionWeight: 1, similarity: 6 };

/** How much a match counts for being `extra` letters longer than the term, as Pagefind weighs it. */
export function closenessOf(extra: number): number {
  return Math.exp(ranking.similarity * (Math.exp((-extra * extra) / 8) - 1));
}

/**
 * The questions that one term's matches (one section record each) fall in, each scored on its own: the
 * term's matches in the question, its rarity among all questions, and the question's length against the
 * average.
 */
export function questionMatches(sections: SectionMatches[], layout: Layout): QuestionMatch[] {
  const found = new Map<
    string,
    QuestionMatch & { frequency: number; length: number; inQuestion: boolean; inSection: boolean }
  >();
  const matchOf = (block: Block) => {
    const id = blockId(block);
    let match = found.get(id);
    if (!match) {
      match = {
        id,
        score: 0,
        words: [],
        frequency: 0,
        length: block.length - layout.titleSpan + layout.questionWords,
        inQuestion: false,
        inSection: false,
      };
      found.set(id, match);
    }
    return match;
  };
  for (const { id: hash, words, closeness } of sections) {
    const blocks = layout.sections.get(hash) ?? [];
    for (const position of words) {
      // A match in the section's title counts for each of its questions.
      if (position < layout.headerSpan) {
        for (const block of blocks) matchOf(block).inSection = true;
        continue;
      }
      const block = blockAt(blocks, position);
      if (!block) continue;
      const match = matchOf(block);
      const offset = position - block.start;
      match.words.push(offset);
      match.frequency += closeness(position);
      match.inQuestion ||= offset < layout.titleSpan;
    }
  }
  const { saturation, lengthWeight, questionWeight, sectionWeight } = ranking;
  const average = layout.averageLength - layout.titleSpan + layout.questionWords;
  const rarity = Math.log(1 + (layout.questions - found.size + 0.5) / (found.size + 0.5));
  return [...found.values()].map(({ frequency, length, inQuestion, inSection, ...match }) => {
    const norm = 1 - lengthWeight + (lengthWeight * length) / average;
    const inText = (rarity * frequency * (saturation + 1)) / (frequency + saturation * norm);
    return { ...match, score: inText + rarity * ((inQuestion ? questionWeight : 0) + (inSection ? sectionWeight : 0)) };
  });
}
