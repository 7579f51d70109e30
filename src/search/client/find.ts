import { closestUnits } from './closest-questions.ts';
import { toHit, type Hit } from './hit.ts';
import { interpret } from './interpret.ts';
import { byQuestionCoverage } from './question-coverage.ts';
import { loadSearchIndex } from './search-index.ts';
import { scoreUnits } from './score.ts';
import { withCorrections } from './spelling.ts';
import { searchIn } from '../pagefind/term-search.ts';

export interface Found {
  /** How many questions match. */
  total: number;
  hits: Hit[];
  /** What the reader typed with the misspelt words corrected, when some were. */
  searched?: string;
  /** Nothing matched the words: the hits are the questions nearest to them. */
  closest?: boolean;
  /** The query says nothing about which question is meant (stop words only, "how do i"): nothing was searched. */
  nothingToSearch?: boolean;
}

/**
 * Questions for what the reader typed, best first. The query is read first (src/search/client/interpret.ts):
 * tags and openers dropped, glued words cut, misspellings corrected, concept-map phrases expanded. When
 * nothing matches, the questions nearest to the words are given instead, marked `closest`. Undefined when
 * `superseded` says newer words are waiting.
 */
export async function findQuestions(
  query: string,
  options: { section: string; limit: number; superseded?: () => boolean },
): Promise<Found | undefined> {
  const index = await loadSearchIndex();
  // Words typed while search was loading, or while these were searched, replace them: nothing of theirs is fetched.
  if (options.superseded?.()) return undefined;
  const search = searchIn(index.pagefind, index.layout, index.lexicon, options.section);
  const reading = interpret(query, index.lexicon);
  if (reading.units.length === 0) return { total: 0, hits: [], nothingToSearch: true };
  let units = reading.units;
  let ranked = await scoreUnits(units, search);
  const closest = ranked.length === 0;
  if (closest) {
    units = await closestUnits(reading.units, index.lexicon, search);
    ranked = await scoreUnits(units, search);
  }
  if (options.superseded?.()) return undefined;
  ranked = await byQuestionCoverage(ranked, index);
  if (options.superseded?.()) return undefined;
  const terms = [...new Set(units.flatMap((unit) => unit.alternatives.flatMap((alternative) => alternative.terms)))];
  const hits = await Promise.all(ranked.slice(0, options.limit).map((candidate) => toHit(candidate, terms, index)));
  return {
    total: ranked.length,
    hits,
    ...(reading.corrections.size > 0 ? { searched: withCorrections(query, reading.corrections) } : {}),
    ...(closest && hits.length > 0 ? { closest } : {}),
  };
}
