import type { Lexicon } from '../lexicon.ts';
import { phraseKey, tokens } from '../../text/words.ts';
import { regionAt } from './places.ts';

/** Words of the query that a concept-map phrase covers, and the answers' phrases it stands for. */
export interface ConceptMatch {
  start: number;
  end: number;
  answers: string[];
}

/**
 * The concept-map phrases in a sequence of words, longest first and left to right, without overlaps:
 * "nodes clock drift" finds "clock drift" at words 1 to 2, and "multi-region" finds "multi region".
 */
export function conceptMatches(words: string[], lexicon: Lexicon): ConceptMatch[] {
  // A word the map spells out in one way ("k8s": "kubernetes") is also read spelt out in a longer phrase:
  // "k8s version" finds "kubernetes version".
  const spelt = words.map((word) => {
    const answers = lexicon.concepts.get(phraseKey([word]));
    return answers?.length === 1 ? tokens(answers[0]!).flatMap((token) => token.parts) : [word];
  });
  const literal = (start: number, end: number) => phraseKey(words.slice(start, end).flatMap((word) => word.split('-')));
  const speltOut = (start: number, end: number) => (end - start > 1 ? phraseKey(spelt.slice(start, end).flat()) : '');
  // Where the reader's own words form a phrase of the map, as far as it reaches: "out of sync" in "clock out of sync".
  const reach = words.map((_, start) => {
    for (let end = Math.min(words.length, start + lexicon.longestConcept); end > start; end--)
      if (lexicon.concepts.has(literal(start, end))) return end;
    return start;
  });
  // A phrase read spelt out ("clock out" as "time out") must not cut into one the reader wrote.
  const cuts = (start: number, end: number) => reach.slice(start + 1, end).some((far) => far > end);
  const matches: ConceptMatch[] = [];
  for (let start = 0; start < words.length;) {
    let found: ConceptMatch | undefined;
    for (let end = Math.min(words.length, start + lexicon.longestConcept); end > start && !found; end--) {
      const speltKey = speltOut(start, end);
      const key = [literal(start, end), ...(speltKey && !cuts(start, end) ? [speltKey] : [])].find((candidate) =>
        lexicon.concepts.has(candidate),
      );
      if (key) found = { start, end, answers: lexicon.concepts.get(key)! };
    }
    found ??= regionAt(words, start, lexicon);
    if (found) matches.push(found);
    start = found ? found.end : start + 1;
  }
  return matches;
}
