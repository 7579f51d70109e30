/**
 * What a number in a query says. Readers write versions ("1.28", "v1.11.2", "22.04"), shares ("99.95%") and
 * counts ("zones 1 2 3"); the answers' numbers are mostly versions, whose digits Pagefind finds one run at a
 * time, so a bare digit would match every version the site names.
 */

const version = /^v?(\d+(?:\.\d+)+)\+?$/i;
const share = /(\d+(?:[.,]\d+)?)\s?%/g;

/** The digits of a version ("1.11.2" of "v1.11.2"), or undefined when the word is not one. */
export const versionDigits = (word: string): string | undefined => version.exec(word)?.[1];

/** A count or an ordinal ("zones 1 2 3"): says little about which question is meant, unlike "2022". */
export const isBareNumber = (word: string) => /^\d{1,2}$/.test(word);

const countWords = 'zero one two three four five six seven eight nine ten eleven twelve'.split(' ');
/** A count's word ("zero" of "0"), which answers write out, or undefined when the word is not a small count. */
export const countWord = (word: string): string | undefined =>
  isBareNumber(word) ? countWords[Number(word)] : undefined;

/** The word a version is read as; two versions in one query ("from 1.11.2 to 1.11.3") also ask about this. */
export const numberWords = { version: 'version', share: 'percent', betweenVersions: 'upgrade' };

/**
 * Whether a query goes from one version to another: `to` or an arrow between the first two it names ("from 1.11.2 to
 * 1.11.3", "1.28.5 -> 1.29.2"), and not a choice ("ubuntu 22.04 or 24.04") or two things' versions ("KEDA 2.14.1 in
 * AKS 1.30").
 */
export function goesBetween(query: string, [first, second]: string[]): boolean {
  if (first === undefined || second === undefined) return false;
  const text = query.toLowerCase();
  const end = text.indexOf(first) + first.length;
  return /(?:^|\s)(?:to|->|→|=>)(?:\s|$)/u.test(text.slice(end, text.indexOf(second, end)));
}

/** The query with each share written as the word for it: "99.95% availability" reads "percent availability". */
export const withShareWords = (query: string) => query.replace(share, ` ${numberWords.share} `);
