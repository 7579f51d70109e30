import type { SearchRecord } from '../record.ts';
import { stem, stopWords, tokens } from '../../text/words.ts';

// A word as the index compares it: stemmed, with any apostrophe dropped ("isn't", "isn’t").
const stemOf = (whole: string) => stem(whole.replace(/['’]/g, ''));
const wholeOf = (piece: string) => tokens(piece)[0]?.whole ?? '';

/** A phrase's words as search places them: each piece between spaces one place, a stop word holding its place. */
function placed(phrase: string) {
  return phrase
    .split(/\s+/)
    .filter(Boolean)
    .map((piece, place) => ({ whole: wholeOf(piece), place }))
    .filter(({ whole }) => whole && !stopWords.has(whole))
    .map(({ whole, place }) => ({ word: stemOf(whole), place }));
}

/**
 * The phrases of several words that no question or answer has side by side, as search finds a phrase
 * (src/search/pagefind/term-search.ts `together`): a phrase found only apart counts half. Words are compared by
 * their stems; each text is read once, whatever the number of phrases.
 */
export function phrasesApart(records: SearchRecord[], phrases: string[]): Set<string> {
  const byFirst = new Map<string, { phrase: string; words: ReturnType<typeof placed> }[]>();
  const apart = new Set<string>();
  for (const phrase of phrases) {
    const words = placed(phrase);
    if (words.length < 2) continue;
    apart.add(phrase);
    byFirst.set(words[0]!.word, [...(byFirst.get(words[0]!.word) ?? []), { phrase, words }]);
  }
  // Texts repeat their pieces: each distinct piece is read once.
  const read = new Map<string, string>();
  const readPiece = (piece: string) => read.get(piece) ?? read.set(piece, stemOf(wholeOf(piece))).get(piece)!;
  for (const record of records) {
    for (const text of [record.question, record.answer, ...record.alsoAsked]) {
      const stems = text.split(/\s+/).filter(Boolean).map(readPiece);
      stems.forEach((first, at) => {
        for (const { phrase, words } of byFirst.get(first) ?? []) {
          const start = at - words[0]!.place;
          if (words.every(({ word, place }) => stems[start + place] === word)) apart.delete(phrase);
        }
      });
    }
  }
  return apart;
}
