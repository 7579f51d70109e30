import type { QueryUnit } from './interpret.ts';
import type { QuestionMatch } from '../pagefind/question-matches.ts';
import type { Search } from '../pagefind/term-search.ts';

/** A question that matches, with its score and the positions of its matching words in its block. */
export interface Candidate {
  result: QuestionMatch;
  score: number;
  words: Set<number>;
}

// A phrase counts half where its words are found apart rather than side by side.
const scatteredPhrase = 0.5;

/**
 * Scores every question that matches: for each unit of the query, the best of its alternatives (the reader's words,
 * their correction, the concept map's phrases), each the sum of its words' scores
 * (src/search/pagefind/question-matches.ts) times its weight; then the units' scores added up. A question with more of
 * the reader's units comes first, and a rare word counts more than a common one. Best first.
 */
export async function scoreUnits(units: QueryUnit[], search: Search): Promise<Candidate[]> {
  // Everything the query searches, asked of Pagefind at once (each word is searched once and kept): on a first
  // search each word loads its index chunk, and asked one after the other they would wait on each other's download.
  await Promise.all(
    units.flatMap(({ alternatives }) =>
      alternatives.flatMap(({ terms, phrase }) => [
        ...terms.map((term) => search.term(term)),
        ...(phrase ? [search.together(phrase)] : []),
      ]),
    ),
  );
  const candidates = new Map<string, Candidate>();
  for (const unit of units) {
    const best = new Map<string, number>();
    for (const { terms, weight, phrase } of unit.alternatives) {
      const sums = new Map<string, number>();
      for (const term of terms) {
        for (const result of await search.term(term)) {
          sums.set(result.id, (sums.get(result.id) ?? 0) + result.score * weight);
          const candidate = candidates.get(result.id) ?? { result, score: 0, words: new Set<number>() };
          for (const word of result.words) candidate.words.add(word);
          candidates.set(result.id, candidate);
        }
      }
      const together = phrase ? await search.together(phrase) : undefined;
      for (const [id, sum] of sums) {
        const score = together && !together.has(id) ? sum * scatteredPhrase : sum;
        best.set(id, Math.max(best.get(id) ?? 0, score));
      }
    }
    for (const [id, score] of best) candidates.get(id)!.score += score;
  }
  return [...candidates.values()].sort((a, b) => b.score - a.score);
}
