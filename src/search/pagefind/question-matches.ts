import { rarity, saturated } from './ranking.ts';
import { blockAt, blockId, type Block, type Layout } from './section-layout.ts';

/** A question one term matches: its score for the term and where the term is in its block. */
export interface QuestionMatch {
  /** The question's block, `<section record>-<place>`. */
  id: string;
  score: number;
  /** Positions of the matches from the start of the question's block (section-layout.ts). */
  words: number[];
}

/**
 * Where a term matches in one section's record, and how much each match counts (1: the term itself; less for a
 * longer word, word-closeness.ts).
 */
export interface SectionMatches {
  id: string;
  words: number[];
  closeness: (position: number) => number;
}

/**
 * What the site adds to Pagefind's ranking (ranking.ts), applied to questions instead of records: the term's
 * rarity for a match in the section's title, as Pagefind's metadata boost gave it, and half of it for a match in
 * the question itself (chosen on the tuning queries of tests/search-queries.json).
 */
const boosts = { questionWeight: 0.5, sectionWeight: 1 };

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
  const { questionWeight, sectionWeight } = boosts;
  const average = layout.averageLength - layout.titleSpan + layout.questionWords;
  const rare = rarity(layout.questions, found.size);
  return [...found.values()].map(({ frequency, length, inQuestion, inSection, ...match }) => ({
    ...match,
    score:
      rare * saturated(frequency, length, average) +
      rare * ((inQuestion ? questionWeight : 0) + (inSection ? sectionWeight : 0)),
  }));
}
