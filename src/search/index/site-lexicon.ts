import type { ConceptMap } from '../../schemas/concept-map.ts';
import { encodeLexicon, shortWordCount, type LexiconFile } from '../lexicon.ts';
import type { SearchRecord } from '../record.ts';
import { itself, lowerBound } from '../../utils/binary-search.ts';
import { readerKey, stem, stopWords, textWords, tokens } from '../../text/words.ts';
import { commonWords } from './common-words.ts';
import { regionKind } from '../country-names.ts';
import { phrasesApart } from './phrases-apart.ts';
import { vocabularies, vocabularyConcepts } from './vocabulary.ts';

/**
 * At most this many of the site's words go into the lexicon, the most frequent first: every word of a
 * small FAQ, and a bounded file for a large one. A rarer word left out is still found by
 * Pagefind; it only cannot be a spelling correction or a part of a glued word.
 */
export const maxLexiconWords = 2500;

const isWord = (word: string) => word.length > 1 && /\p{L}/u.test(word);
// Stop words are never searched, and a two-letter word only matters as a frequent part of a glued word ("vmsize").
const worthShipping = ([word, count]: [string, number]) =>
  !stopWords.has(word) && (word.length > 2 || count >= shortWordCount);

export interface SiteLexicon {
  file: LexiconFile;
  /**
   * Answers' phrases of the concept map whose words no question or answer contains (they find nothing), or has side
   * by side (they count half).
   */
  unmatched: { phrase: string; answer: string; apart: boolean }[];
}

/** The words of some texts with how often each occurs. */
function wordCounts(texts: string[]): Map<string, number> {
  // A text's words are its pieces' words, and pieces repeat: the pieces are counted first, and each distinct
  // piece is cut into words once.
  const pieces = new Map<string, number>();
  for (const text of texts) {
    for (const piece of text.split(/\s+/)) pieces.set(piece, (pieces.get(piece) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const [piece, times] of pieces) {
    for (const word of textWords(piece).filter(isWord)) counts.set(word, (counts.get(word) ?? 0) + times);
  }
  return counts;
}

/**
 * The lexicon of a site: the words of its questions and answers with their counts, and its concept map. The other
 * ways of asking are searched but not shipped: every first search downloads the lexicon, and their words matter to
 * a reader only through Pagefind, which finds them.
 */
export function siteLexicon(records: SearchRecord[], conceptMap: ConceptMap, maxWords = maxLexiconWords): SiteLexicon {
  const counts = wordCounts(records.flatMap((record) => [record.question, record.answer]));
  const searched = [...counts.keys(), ...wordCounts(records.flatMap((record) => record.alsoAsked)).keys()];
  // Pagefind finds a word by its stem or as the start of a longer one: "zone" finds "zones".
  const stems = new Set(searched.map(stem));
  const sorted = searched.toSorted();
  const found = (word: string) =>
    !isWord(word) || stems.has(stem(word)) || sorted[lowerBound(sorted, word, itself)]?.startsWith(word) === true;
  const findsSomething = (answer: string) =>
    tokens(answer).every(
      ({ whole, parts }) => found(whole) || whole.split(/[^\p{L}\p{N}]+/u).every(found) || parts.every(found),
    );
  const apart = phrasesApart(records, Object.values(conceptMap).flat());
  const unmatched = Object.entries(conceptMap).flatMap(([phrase, answers]) =>
    answers.flatMap((answer) => {
      if (!findsSomething(answer)) return [{ phrase, answer, apart: false }];
      return apart.has(answer) ? [{ phrase, answer, apart: true }] : [];
    }),
  );
  // The vocabularies' names whose kinds the site's answers have: a FAQ that never says "stop" needs no "halt".
  const named = Object.entries(vocabularyConcepts(conceptMap, vocabularies, findsSomething));
  // Readers' words are words of the site too: they must not be "corrected", and can be the parts of a glued word.
  const readerWords = new Set(
    [...Object.keys(conceptMap), ...named.map(([name]) => name)]
      .flatMap(textWords)
      .filter((word) => isWord(word) && !word.includes('-')),
  );
  const readerOnly = new Set([...readerWords].filter((word) => !counts.has(word)));
  for (const word of readerOnly) counts.set(word, 1);
  const concepts = new Map(
    [...Object.entries(conceptMap), ...named].map(([phrase, answers]) => [readerKey(phrase), answers]),
  );
  // A region the SDK's list does not know yet ("Sweden Central") searches what region names search, where they do.
  const region = concepts.get(readerKey(regionKind))?.find(findsSomething);
  return {
    file: encodeLexicon(new Map([...counts].filter(worthShipping)), concepts, maxWords, readerWords, {
      readerOnly,
      common: commonWords(records[0]?.language ?? ''),
      ...(region ? { places: [region] } : {}),
    }),
    unmatched,
  };
}
