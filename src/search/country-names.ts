/** The vocabulary kind (azure-places.json) whose answers a country followed by a compass word searches. */
export const regionKind = 'Azure region';

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The names of the world's countries and territories as English writes them (Azure names its regions in English
 * whatever the site's language), lowercase, from the ICU data of the browser or of Node: the places of the regions
 * `@azure/identity`'s list does not know yet ("sweden" of Sweden Central). Names with other characters than letters
 * and spaces ("Bosnia & Herzegovina"), or of more than two words, are left out: Azure names none of its regions so.
 */
export function countryNames(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const all = [...letters].flatMap((first) => [...letters].map((second) => names.of(first + second)));
  return [
    ...new Set(
      all
        .filter((name): name is string => name !== undefined && /^[A-Za-z]+(?: [A-Za-z]+)?$/.test(name))
        .map((name) => name.toLowerCase()),
    ),
  ].sort();
}
