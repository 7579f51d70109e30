import type { Lexicon } from '../lexicon.ts';
import { editDistance } from '../../utils/edit-distance.ts';

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

/**
 * What the reader typed, with each corrected word replaced by its correction ("upgrade 1.28 to 1.29 cluster" for
 * "upgrade 1.28 to 1.29 clsuter"): what the status line says was searched, in the reader's own words.
 */
export function withCorrections(query: string, corrections: Map<string, string>): string {
  let text = query.trim();
  for (const [typed, read] of [...corrections].sort(([a], [b]) => b.length - a.length)) {
    for (let at = text.toLowerCase().indexOf(typed); at >= 0; at = text.toLowerCase().indexOf(typed, at + read.length))
      text = `${text.slice(0, at)}${read}${text.slice(at + typed.length)}`;
  }
  return text;
}
