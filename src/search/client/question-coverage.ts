import { askedSpans, positionWords } from '../pagefind/section-records.ts';
import { stopWords, textWords } from '../../text/words.ts';
import { questionFileOf } from './hit.ts';
import type { Candidate } from './score.ts';
import type { SearchIndex } from './search-index.ts';

/** How many of the best questions are weighed again: those a list of results shows first, whose files it loads. */
const reweighed = 6;
/** How much more a question scores when the query matches all of its own words. */
const coverageWeight = 0.7;
/** How much a query that says all of another way of asking the question counts as saying the question itself. */
const askedWeight = 0.5;

/** The share of a question's own words (its positions holding more than stop words) at the `matched` positions. */
export function questionCoverage(question: string, matched: Set<number>): number {
  let words = 0;
  let found = 0;
  positionWords(question).forEach((piece, position) => {
    if (textWords(piece).every((word) => stopWords.has(word))) return;
    words++;
    if (matched.has(position)) found++;
  });
  return words > 0 ? found / words : 0;
}

/** The best share of another way of asking the question, at its `spans` in the block, at the `matched` positions. */
export function askedCoverage(spans: { start: number; length: number }[], matched: Set<number>): number {
  let best = 0;
  for (const { start, length } of spans) {
    let found = 0;
    for (let position = start; position < start + length; position++) if (matched.has(position)) found++;
    best = Math.max(best, found / length);
  }
  return best;
}

/**
 * The best questions weighed again by how much of their own question, or of another way of asking it, the query
 * says. Near twins ("Why are two resource groups created?", "Can I name the node resource group?") share most of
 * their answers' words, and the answer that repeats them most would win; the question a query restates is the one it
 * asks.
 */
export async function byQuestionCoverage(ranked: Candidate[], index: SearchIndex): Promise<Candidate[]> {
  const weighed = await Promise.all(
    ranked.slice(0, reweighed).map(async (candidate) => {
      const { question, answer, asked } = await questionFileOf(candidate.result.id, index);
      const answerEnd = index.layout.titleSpan + positionWords(answer).length;
      const coverage = Math.max(
        questionCoverage(question, candidate.words),
        askedWeight * askedCoverage(askedSpans(answerEnd, asked), candidate.words),
      );
      return { ...candidate, score: candidate.score * (1 + coverageWeight * coverage) };
    }),
  );
  return [...weighed.sort((a, b) => b.score - a.score), ...ranked.slice(reweighed)];
}
