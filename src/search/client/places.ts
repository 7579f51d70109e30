import { compassWords as compass, type Lexicon } from '../lexicon.ts';
import type { ConceptMatch } from './concepts.ts';

/** The words two regions in one query are also read as ("eastus and westus"): the concept map says what they search. */
export const betweenRegions = ['multi', 'region'];

/** A region's programmatic name as its country's words and its compass word ("newzealandnorth"), where it is one. */
export function gluedRegion(word: string, lexicon: Lexicon): string[] | undefined {
  const direction = compass.find((end) => word.length > end.length && word.endsWith(end));
  const country = direction && lexicon.places?.glued.get(word.slice(0, -direction.length));
  return country ? [...country.split(' '), direction] : undefined;
}

/**
 * A region the vocabularies do not name yet, a country of the lexicon and a compass word from `start` ("sweden
 * central"): it searches what the region names do.
 */
export function regionAt(words: string[], start: number, lexicon: Lexicon): ConceptMatch | undefined {
  const places = lexicon.places;
  for (const length of [2, 1]) {
    const next = words[start + length];
    if (places?.names.has(words.slice(start, start + length).join(' ')) && next && compass.includes(next))
      return { start, end: start + length + 1, answers: places.answers };
  }
  return undefined;
}

/** How many regions the concept-map matches of `words` name, each once: matches that search what a region searches. */
export function regionsNamed(matches: ConceptMatch[], words: string[], lexicon: Lexicon): number {
  const region = lexicon.places?.answers.join('|');
  const named = matches.filter(({ answers }) => answers.join('|') === region);
  return new Set(named.map(({ start, end }) => words.slice(start, end).join(' '))).size;
}
