import type { Lexicon } from '../lexicon.ts';
import { stem, stopWords, tokens } from '../../text/words.ts';
import type { Pagefind } from './pagefind-api.ts';
import { questionMatches, type QuestionMatch } from './question-matches.ts';
import { blockAt, blockId, type Layout } from './section-layout.ts';
import { positionWords, recordFilters } from './section-records.ts';
import { wordCloseness, type Positions } from './word-closeness.ts';

/** Searches within the chosen section. */
export interface Search {
  /** The questions one word matches. */
  term: (term: string) => Promise<QuestionMatch[]>;
  /** The questions whose words hold a phrase's words side by side, stop words included, as ids of QuestionMatch. */
  together: (phrase: string) => Promise<Set<string>>;
}

// Pagefind's results of each word, and the questions they make, kept for the page's life: typing one more letter
// searches and scores only the word that changed.
const searched = new Map<string, Promise<Positions>>();
const scored = new Map<string, Promise<QuestionMatch[]>>();

/** The value kept under `key`, made the first time it is asked for; one that failed (a lost chunk) is made again. */
function kept<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    cache.set(key, (value = make()));
    value.catch(() => cache.delete(key));
  }
  return value;
}

/**
 * Pagefind's search of one term, narrowed to a section when one is chosen, each term searched once, and
 * scored by question (question-matches.ts), a match of a longer word counting less (word-closeness.ts).
 */
export function searchIn(pagefind: Pagefind, layout: Layout, lexicon: Lexicon, section: string): Search {
  const filters = section ? { [recordFilters.section]: section } : {};
  const positionsOf = (term: string): Promise<Positions> =>
    kept(searched, `${section}\u0000${term}`, () =>
      pagefind
        .search(term, { filters })
        .then((found) => new Map((found?.results ?? []).map(({ id, words }) => [id, new Set(words)]))),
    );

  const wordMatches = async (term: string): Promise<QuestionMatch[]> => {
    const [positions, closeness] = await Promise.all([positionsOf(term), wordCloseness(term, lexicon, positionsOf)]);
    return questionMatches(
      [...positions].map(([id, words]) => ({
        id,
        words: [...words],
        closeness: (position) => closeness(id, position),
      })),
      layout,
    );
  };

  // A term of several words ("kube-system", "n-3") matches where the hyphenated word stands: Pagefind indexes it
  // joined ("kubesystem", "n3") at one position (section-records.ts), and searches a hyphenated term the same way.
  const hyphenatedMatches = async (term: string): Promise<QuestionMatch[]> => {
    const positions = await positionsOf(term);
    return questionMatches(
      [...positions].map(([id, words]) => ({ id, words: [...words], closeness: () => 1 })),
      layout,
    );
  };

  return {
    // A word finds what its stem finds, so "nodes" reuses what "node" found a keystroke before.
    term: (term) =>
      term.split(/[^\p{L}\p{N}_]+/u).filter(Boolean).length <= 1
        ? kept(scored, `${section}\u0000${stem(term)}`, () => wordMatches(term))
        : kept(scored, `${section}\u0000${term}`, () => hyphenatedMatches(term)),
    async together(phrase) {
      // Each word of the phrase that is searched, with its place in the phrase: stop words hold their places.
      const placed = positionWords(phrase)
        .map((piece, place) => ({ word: tokens(piece)[0]?.whole ?? '', place }))
        .filter(({ word }) => word && !stopWords.has(word));
      if (placed.length === 0) return new Set();
      const positions = await Promise.all(placed.map(({ word }) => positionsOf(word)));
      const [first, ...rest] = placed;
      const ids = new Set<string>();
      for (const [hash, starts] of positions[0]!) {
        for (const start of starts) {
          const at = start - first!.place;
          if (!rest.every(({ place }, i) => positions[i + 1]!.get(hash)?.has(at + place))) continue;
          const block = blockAt(layout.sections.get(hash) ?? [], at);
          if (block) ids.add(blockId(block));
        }
      }
      return ids;
    },
  };
}
