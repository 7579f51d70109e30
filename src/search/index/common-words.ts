import stopwordLists from 'stopwords-iso' with { type: 'json' };
import { tokens } from '../../text/words.ts';
import { vocabularies } from './vocabulary.ts';

/**
 * Words any text in the language uses ("after", "without", "best", "needed"), from stopwords-iso's list for it,
 * less the words a vocabulary names as acts ("stop", "move", "name": what questions are asked about). A query's
 * common word counts as little as "support" does (src/search/client/interpret.ts): an answer that happens to use
 * it once must not outrank the answers about the query's subject. None for a language the package has no list for.
 */
export function commonWords(language: string): Set<string> {
  const list = (stopwordLists as Partial<Record<string, string[]>>)[language] ?? [];
  const acts = new Set(
    vocabularies
      .filter(({ synonyms }) => synonyms)
      .flatMap(({ kinds }) => Object.entries(kinds).flatMap(([kind, names]) => [kind, ...names]))
      .flatMap((name) => tokens(name).flatMap(({ parts }) => parts)),
  );
  return new Set(list.filter((word) => !acts.has(word)));
}
