import type { Lexicon } from '../lexicon.ts';

/**
 * The optimal string alignment distance between two words (insertions, deletions, substitutions and swaps
 * of neighbours each cost 1), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

/** How many edits a misspelling of a word this long may have. */
const allowedEdits = (length: number) => (length < 4 ? 0 : length < 9 ? 1 : 2);

const sameLetters = (a: string, b: string) => [...a].sort().join('') === [...b].sort().join('');

/**
 * Whether a candidate is a plausible misspelling of the word, beyond the edit count: short words have many
 * neighbours, so a four-letter word is only corrected for swapped letters ("tiem"), and the first letter,
 * which people seldom mistype, only changes in long words.
 */
const plausible = (word: string, candidate: string) =>
  (word.length > 4 || sameLetters(word, candidate)) && (word.length >= 7 || word[0] === candidate[0]);

// Each keystroke reads the whole query again: a word's correction is looked for once.
const corrections = new WeakMap<Lexicon, Map<string, string | undefined>>();

/**
 * The word of the site nearest to a misspelt one: the fewest edits, then a changed first letter last (people
 * seldom mistype it), then the most frequent. With `prefix`, a word still being typed also matches the start
 * of a longer word ("kubernt" gives "kubernetes"); `extraEdits` allows more edits than usual. Undefined when
 * no word is near enough.
 */
export function correction(word: string, lexicon: Lexicon, prefix = false, extraEdits = 0): string | undefined {
  const cache = corrections.get(lexicon) ?? new Map<string, string | undefined>();
  corrections.set(lexicon, cache);
  const key = `${word} ${prefix} ${extraEdits}`;
  if (!cache.has(key)) cache.set(key, nearest(word, lexicon, prefix, allowedEdits(word.length) + extraEdits));
  return cache.get(key);
}

function nearest(word: string, lexicon: Lexicon, prefix: boolean, max: number): string | undefined {
  if (max === 0 || /\d/.test(word)) return undefined;
  let best: { word: string; cost: number; count: number } | undefined;
  for (const [candidate, count] of lexicon.counts) {
    if (candidate.length < 3) continue;
    let distance = editDistance(word, candidate, max);
    let compared = candidate;
    if (prefix && distance > max && candidate.length > word.length) {
      compared =
        [candidate.slice(0, word.length), candidate.slice(0, word.length + 1)].find(
          (start) => editDistance(word, start, max) <= max,
        ) ?? candidate;
      distance = editDistance(word, compared, max);
    }
    if (distance > max || !plausible(word, compared)) continue;
    const cost = distance + (candidate[0] === word[0] ? 0 : 0.5);
    if (!best || cost < best.cost || (cost === best.cost && count > best.count))
      best = { word: candidate, cost, count };
  }
  return best?.word;
}
