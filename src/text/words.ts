import porter2 from 'wink-porter2-stemmer';

/**
 * How search cuts text into words, shared by the indexer (which counts the site's words) and the client
 * (which reads the query), so a word counted at build time is the word a reader's query is looked up by.
 */

const run = /[\p{L}\p{N}]+/gu;
const hyphenated = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;
const edges = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Words that say nothing about which question is meant. */
export const stopWords = new Set(
  [
    'a an and are as at be by can do does for from how i if in is it my of on or so that the this to',
    'was we what when where which who why will with',
  ]
    .join(' ')
    .split(' '),
);

/**
 * The parts of a CamelCase word: "PodSecurityPolicy" gives Pod, Security, Policy; "HTTPServer" gives HTTP, Server; an
 * acronym's plural stays whole ("IPs", "NodeIPs" gives Node, IPs).
 */
export function camelParts(word: string): string[] {
  return word.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})(?!\p{Lu}s$)/u);
}

/** One piece of text between spaces, as search reads it. */
export interface Token {
  /** The piece without punctuation at its ends, lowercased: "kube-system", "podsecuritypolicy". */
  whole: string;
  /** Its runs of letters and digits, CamelCase words cut into their parts, lowercased. */
  parts: string[];
}

/**
 * The tokens of a text: "PodSecurityPolicy, kube-system" gives podsecuritypolicy (pod security policy) and kube-system
 * (kube system).
 */
export function tokens(text: string): Token[] {
  return text
    .split(/\s+/)
    .map((piece) => piece.replace(edges, ''))
    .filter(Boolean)
    .map((piece) => ({
      whole: piece.toLowerCase(),
      parts: (piece.match(run) ?? []).flatMap(camelParts).map((part) => part.toLowerCase()),
    }));
}

/**
 * The words of a text that a reader could type and Pagefind would find: each run of letters and digits, a
 * hyphenated word whole ("kube-system"), a CamelCase word whole and in parts ("nodelost", "node", "lost").
 */
export function textWords(text: string): string[] {
  return tokens(text).flatMap(({ whole, parts }) => {
    const runs = whole.match(run) ?? [];
    const words = hyphenated.test(whole) ? [whole, ...runs] : runs;
    return [...new Set([...words, ...parts.filter((part) => part.length > 1)])];
  });
}

/** Letters of the longest word stemmed: no word of English is longer, and Porter2 takes time in their square. */
const longestStemmed = 64;

/**
 * A word reduced to what its forms share: "deleting", "deletes" and "deleted" all give "delet". It is Snowball's
 * English stemmer ("Porter2"), the one Pagefind stems the index with (src/search/pagefind/index-stems.ts), so a
 * word the site matches by its stem is one Pagefind finds by it. A longer run of letters is its own stem: a letter
 * held down in the search box ("yyyy…") must not freeze the page.
 */
export const stem = (word: string): string => (word.length > longestStemmed ? word : porter2(word));

/** A phrase as concept-map keys and queries are compared: its words, stemmed, without stop words. */
export function phraseKey(words: string[]): string {
  return words
    .filter((word) => !stopWords.has(word))
    .map(stem)
    .join(' ');
}

/** The words a reader's phrase is matched by: "Multi-Region" and "multi region" read the same. */
export const readerKey = (text: string) => phraseKey(tokens(text).flatMap((token) => token.parts));

/**
 * The stop words among a phrase of several words that leaves one word to search ("add-on" leaves "add", "power on"
 * "power"), or undefined when it leaves more or fewer: such a phrase would stand for every use of that one word.
 */
export function ignoredOfOneWord(text: string): string[] | undefined {
  const parts = tokens(text).flatMap((token) => token.parts);
  const ignored = parts.filter((part) => stopWords.has(part));
  return parts.length > 1 && parts.length - ignored.length === 1 ? ignored : undefined;
}
