import type { Lexicon } from '../lexicon.ts';
import { answerStart, recordFilters } from '../record.ts';
import { excerpt, markWord, type ExcerptPart } from './excerpt.ts';
import { interpret, type QueryUnit } from './interpret.ts';
import { loadSearchIndex, type Pagefind, type PagefindResult } from './pagefind-loader.ts';
import { correction } from './spelling.ts';

/** One question that matches a search, ready to show. */
export interface Hit {
  /** The question on its section page, with the matched words for the page to highlight. */
  url: string;
  question: string;
  section: string;
  excerpt: ExcerptPart[];
}

export interface Found {
  /** How many questions match. */
  total: number;
  hits: Hit[];
  /** The words searched instead of the reader's, when a misspelt word was corrected. */
  searched?: string;
  /** Nothing matched the words: the hits are the questions nearest to them. */
  closest?: boolean;
}

const excerptLength = 26;

interface Candidate {
  result: PagefindResult;
  score: number;
  words: Set<number>;
}

type Search = (term: string) => Promise<PagefindResult[]>;

// Results of each word, kept for the page's life: typing one more letter searches only the word that changed.
const searched = new Map<string, Promise<PagefindResult[]>>();

function searchIn(pagefind: Pagefind, section: string): Search {
  const filters = section ? { [recordFilters.section]: section } : {};
  return (term) => {
    const key = `${section}\u0000${term}`;
    let results = searched.get(key);
    if (!results) {
      results = pagefind.search(term, { filters }).then((found) => found?.results ?? []);
      searched.set(key, results);
    }
    return results;
  };
}

// A phrase of the concept map counts half where its words are found apart rather than side by side.
const scatteredPhrase = 0.5;

/**
 * Scores every question that matches: for each unit of the query, the best of its alternatives (the reader's
 * words, their correction, the concept map's phrases), each the sum of its words' Pagefind scores times its
 * weight; then the units' scores added up. A question with more of the reader's units comes first, and a
 * rare word counts more than a common one.
 */
async function scoreUnits(units: QueryUnit[], search: Search): Promise<Candidate[]> {
  const candidates = new Map<string, Candidate>();
  for (const unit of units) {
    const best = new Map<string, number>();
    for (const { terms, weight, phrase } of unit.alternatives) {
      const sums = new Map<string, number>();
      for (const term of terms) {
        for (const result of await search(term)) {
          sums.set(result.id, (sums.get(result.id) ?? 0) + result.score * weight);
          const candidate = candidates.get(result.id) ?? { result, score: 0, words: new Set<number>() };
          for (const word of result.words) candidate.words.add(word);
          candidates.set(result.id, candidate);
        }
      }
      const together = phrase ? new Set((await search(`"${phrase}"`)).map((result) => result.id)) : undefined;
      for (const [id, sum] of sums) {
        const score = together && !together.has(id) ? sum * scatteredPhrase : sum;
        best.set(id, Math.max(best.get(id) ?? 0, score));
      }
    }
    for (const [id, score] of best) candidates.get(id)!.score += score;
  }
  return [...candidates.values()].sort((a, b) => b.score - a.score);
}

async function toHit({ result, words }: Candidate, terms: string[]): Promise<Hit> {
  const fragment = await result.data();
  const tokens = fragment.content.split(/\s+/);
  const marked = [...words].flatMap((i) => markWord(tokens[i] ?? '', terms).filter((part) => part.mark));
  const highlight = [...new Set(marked.map((part) => part.text.toLowerCase()))];
  const [path = '', hash = ''] = fragment.url.split('#');
  const query = highlight.length ? `?${new URLSearchParams({ highlight: highlight.join(' ') })}` : '';
  return {
    url: `${path}${query}${hash ? `#${hash}` : ''}`,
    question: fragment.meta.title ?? '',
    section: fragment.meta.section ?? '',
    // The record starts with the question, which the result shows as its title: the excerpt is the answer's.
    excerpt: excerpt(tokens, words, answerStart(fragment), excerptLength, terms),
  };
}

/** When nothing matches: each word's nearest words of the site, allowing one more edit, or its longest start that matches. */
async function nearestUnits(units: QueryUnit[], lexicon: Lexicon, search: Search): Promise<QueryUnit[]> {
  const near: QueryUnit[] = [];
  for (const word of units.flatMap((unit) => unit.words).filter((word) => word.length >= 4)) {
    const loose = correction(word, lexicon, true, 1);
    let start = word.slice(0, -1);
    while (start.length > 3 && (await search(start)).length === 0) start = start.slice(0, -1);
    const terms = [loose, start.length > 3 ? start : undefined].filter((term): term is string => term !== undefined);
    if (terms.length > 0) near.push({ words: [word], alternatives: terms.map((term) => ({ terms: [term], weight: 1 })) });
  }
  return near;
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
  const { pagefind, lexicon } = await loadSearchIndex();
  // Words typed while search was loading, or while these were searched, replace them: nothing of theirs is fetched.
  if (options.superseded?.()) return undefined;
  const search = searchIn(pagefind, options.section);
  const reading = interpret(query, lexicon);
  let units = reading.units;
  let ranked = await scoreUnits(units, search);
  const closest = ranked.length === 0;
  if (closest) {
    units = await nearestUnits(units, lexicon, search);
    ranked = await scoreUnits(units, search);
  }
  if (options.superseded?.()) return undefined;
  const terms = [...new Set(units.flatMap((unit) => unit.alternatives.flatMap((alternative) => alternative.terms)))];
  const hits = await Promise.all(ranked.slice(0, options.limit).map((candidate) => toHit(candidate, terms)));
  return {
    total: ranked.length,
    hits,
    ...(reading.corrections.size > 0 ? { searched: reading.read } : {}),
    ...(closest && hits.length > 0 ? { closest } : {}),
  };
}
