import { stem, stopWords, tokens } from '../text/words.ts';

/**
 * The words of a text that say what it is about, stemmed, each once; a hyphenated word counts as one, so that
 * a rewording from "addons" to "add-ons" or "de-allocate" to "deallocate" changes nothing.
 */
const wordSet = (text: string): Set<string> =>
  new Set(
    tokens(text)
      .flatMap(({ whole, parts }) => (whole.includes('-') ? [parts.join('')] : parts))
      .filter((word) => word !== '' && !stopWords.has(word))
      .map(stem),
  );

/** How much two sets of words overlap, from 0 to 1 (Dice's coefficient). */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** A question's words, its question and its answer apart: both count when two versions are compared. */
export interface QuestionWords {
  question: Set<string>;
  answer: Set<string>;
}

export const questionWords = (question: string, answer: string): QuestionWords => ({
  question: wordSet(question),
  answer: wordSet(answer),
});

/** How alike two versions of a question are, by the words of their text and of their answer, equally weighted. */
export const likeness = (a: QuestionWords, b: QuestionWords): number =>
  (overlap(a.question, b.question) + overlap(a.answer, b.answer)) / 2;
