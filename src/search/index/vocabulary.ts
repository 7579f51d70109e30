import type { ConceptMap } from '../../schemas/concept-map.ts';
import { readerKey } from '../../text/words.ts';
import acts from './vocabularies/acts.json' with { type: 'json' };

/** Names of things, grouped by the kind of thing each names: "shut down" is a kind of "stop". */
export interface Vocabulary {
  /** Where the names come from. */
  about: string;
  kinds: Record<string, string[]>;
}

/** The vocabularies every site reads queries with. */
export const vocabularies: Vocabulary[] = [acts];

/**
 * Concept-map entries from the vocabularies: each name also searches what its kind searches, the concept map's
 * answers for the kind or else the kind's own words. The concept map's own entries come first.
 */
export function vocabularyConcepts(conceptMap: ConceptMap, all = vocabularies): ConceptMap {
  const mapped = new Map(Object.entries(conceptMap).map(([phrase, answers]) => [readerKey(phrase), answers]));
  const taken = new Set(mapped.keys());
  const concepts: ConceptMap = {};
  for (const { kinds } of all) {
    for (const [kind, names] of Object.entries(kinds)) {
      const answers = mapped.get(readerKey(kind)) ?? [kind];
      for (const name of names) {
        const key = readerKey(name);
        const own = answers.filter((answer) => readerKey(answer) !== key);
        if (!key || taken.has(key) || own.length === 0) continue;
        taken.add(key);
        concepts[name] = own;
      }
    }
  }
  return concepts;
}
