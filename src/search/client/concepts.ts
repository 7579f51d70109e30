import type { Lexicon } from '../lexicon.ts';
import { phraseKey } from '../../text/words.ts';

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
  const matches: ConceptMatch[] = [];
  for (let start = 0; start < words.length;) {
    let found: ConceptMatch | undefined;
    for (let end = Math.min(words.length, start + lexicon.longestConcept); end > start && !found; end--) {
      const answers = lexicon.concepts.get(phraseKey(words.slice(start, end).flatMap((word) => word.split('-'))));
      if (answers) found = { start, end, answers };
    }
    if (found) matches.push(found);
    start = found ? found.end : start + 1;
  }
  return matches;
}
