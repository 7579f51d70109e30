import { likeness, type QuestionWords } from './similarity.ts';

/**
 * Below this likeness two versions are taken for different questions. Reworded questions, their answers
 * edited in the same version, stay above it in the AKS FAQ's history; its family of "Can I move my cluster
 * …?" questions, alike in all but the place moved to, stays below it (and is paired best first above it).
 */
const SAME_QUESTION = 0.7;

/** One side of a match: a key, its exact text, its words. */
export interface Candidate<K> {
  key: K;
  text: string;
  words: QuestionWords;
}

/**
 * Pairs each new version of a question with its old version: the same text first (case and spacing aside),
 * then, among the rest, the most alike pairs first, never by position. What is left on either side was
 * added or removed.
 */
export function matchQuestions<A, B>(olds: Candidate<A>[], news: Candidate<B>[]): Map<B, A> {
  const matched = new Map<B, A>();
  const usedOld = new Set<A>();
  const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  const byText = new Map(olds.map((old) => [key(old.text), old]));
  for (const candidate of news) {
    const old = byText.get(key(candidate.text));
    if (old && !usedOld.has(old.key)) {
      matched.set(candidate.key, old.key);
      usedOld.add(old.key);
    }
  }
  const pairs = news
    .filter((n) => !matched.has(n.key))
    .flatMap((n) =>
      olds.filter((o) => !usedOld.has(o.key)).map((o) => ({ n: n.key, o: o.key, score: likeness(n.words, o.words) })),
    )
    .filter((pair) => pair.score >= SAME_QUESTION)
    .toSorted((a, b) => b.score - a.score);
  for (const pair of pairs) {
    if (matched.has(pair.n) || usedOld.has(pair.o)) continue;
    matched.set(pair.n, pair.o);
    usedOld.add(pair.o);
  }
  return matched;
}
