import type { ConceptMap } from '../../schemas/concept-map.ts';
import { readerKey } from '../../text/words.ts';
import acts from './vocabularies/acts.json' with { type: 'json' };
import azurePlaces from './vocabularies/azure-places.json' with { type: 'json' };
import components from './vocabularies/kubernetes-components.json' with { type: 'json' };

/** Names of things, grouped by the kind of thing each names: "shut down" is a kind of "stop". */
export interface Vocabulary {
  /** Where the names come from. */
  about: string;
  kinds: Record<string, string[]>;
  /** Whether a kind's names are other words for it ("halt" for "stop"): then the kind's word also searches them. */
  synonyms?: boolean;
}

/** The vocabularies every site reads queries with: those its answers have the words of ship with its lexicon. */
export const vocabularies: Vocabulary[] = [acts, azurePlaces, components];

/** The vocabularies read from other packages' data by `npm run vocabularies`, never edited by hand. */
export const generatedVocabularies = { azurePlaces: 'src/search/index/vocabularies/azure-places.json' };

/**
 * Concept-map entries from the vocabularies: each name also searches the first phrase of the concept map's entry for
 * its kind that `findable` accepts (acts, whose names are other words for their kind, the kind's word and its whole
 * entry). The concept map's own entries come first.
 */
export function vocabularyConcepts(
  conceptMap: ConceptMap,
  all = vocabularies,
  findable: (answer: string) => boolean = () => true,
): ConceptMap {
  const mapped = new Map(Object.entries(conceptMap).map(([phrase, answers]) => [readerKey(phrase), answers]));
  const taken = new Set(mapped.keys());
  const concepts: ConceptMap = {};
  for (const { kinds, synonyms } of all) {
    for (const [kind, names] of Object.entries(kinds)) {
      // Names of a kind the concept map does not map would only add bytes and guesses: a site opts in per kind.
      const entry = synonyms ? [kind, ...(mapped.get(readerKey(kind)) ?? [])] : mapped.get(readerKey(kind));
      if (!entry) continue;
      const answers = entry.filter(findable);
      for (const name of synonyms ? [kind, ...names] : names) {
        const key = readerKey(name);
        // A thing of the kind ("West Europe") asks about what the entry names first ("available regions"); the kind's
        // own words ("Azure regions") search the whole entry. An act's other words mean the act: the whole entry.
        const whole = name === kind ? [...answers, ...names.filter(findable)] : answers;
        const all = synonyms ? whole : answers.slice(0, 1);
        const own = [...new Set(all)].filter((answer) => readerKey(answer) !== key);
        if (!key || taken.has(key) || own.length === 0) continue;
        taken.add(key);
        concepts[name] = own;
      }
    }
  }
  return concepts;
}
