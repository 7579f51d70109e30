import type { Lexicon } from '../lexicon.ts';
import { stem, stopWords, tokens } from '../words.ts';
import { gluedParts } from './compounds.ts';
import { conceptMatches } from './concepts.ts';
import { correction } from './spelling.ts';
import { withoutNoise } from './tracker-noise.ts';

/** Words searched together, whose scores add up, with how much they count. */
export interface Alternative {
  terms: string[];
  weight: number;
  /** A phrase of the concept map, whose words count fully only where they stand side by side. */
  phrase?: string;
}

/** One thing the reader asked for: a word, or a phrase of the concept map, with the ways to search it. */
export interface QueryUnit {
  /** The words as read: split, corrected. */
  words: string[];
  /** A question scores the best of these for the unit. */
  alternatives: Alternative[];
}

/** A query as search reads it. */
export interface Interpretation {
  units: QueryUnit[];
  /** The words as read, for showing the reader what was searched. */
  read: string;
  /** The words that were corrected, as typed, each with its correction. */
  corrections: Map<string, string>;
}

/** How much a phrase from the concept map counts: as much as the reader's own words it stands for. */
export const conceptWeight = 1;
/** How much the reader's own words count when they form a phrase of the concept map: it says what they mean. */
export const mappedWordsWeight = 0.5;
/** How much a word counts that requests and bug reports use for anything ("support", "feature"). */
export const weakWeight = 0.4;
const weakWords = new Set(
  'support supported supporting feature request possible ability option allow please help want need way issue issues error errors fail fails failed failing failure problem problems unable cannot working work works broken bug'.split(' '),
);
const maxUnits = 10;

/** Whether the site has the word, or a word that starts with it (a word still being typed). */
function known(word: string, lexicon: Lexicon): boolean {
  if (lexicon.counts.has(word)) return true;
  let low = 0;
  let high = lexicon.sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lexicon.sorted[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return lexicon.sorted[low]?.startsWith(word) ?? false;
}

interface ReadWord {
  typed: string;
  read: string;
}

/** A word the site does not have, read as the words it was glued from, or as typed when the site has its start or
 * another form of it, or as its correction. */
function readUnknown(word: string, lexicon: Lexicon, last: boolean, corrections: Map<string, string>): ReadWord[] {
  // A word that begins a word of the site ("getaddr") is cut only into long words ("resourcegroup").
  const prefix = known(word, lexicon);
  const parts = gluedParts(word, lexicon, prefix ? 4 : 2);
  if (parts) return parts.map((part) => ({ typed: word, read: part }));
  // Pagefind finds another form of a word of the site ("guaranteed" for "guarantees") by its stem.
  const inflected = /(?:ed|ing|es)$/.test(word) && lexicon.stems.has(stem(word));
  if (prefix || inflected) return [{ typed: word, read: word }];
  const corrected = correction(word, lexicon, last);
  if (corrected) corrections.set(word, corrected);
  return [{ typed: word, read: corrected ?? word }];
}

/** The words of a query as read: whole when the site has them, otherwise in parts, unglued or corrected. */
function readWords(text: string, lexicon: Lexicon, corrections: Map<string, string>): ReadWord[] {
  const all = tokens(text);
  return all.flatMap(({ whole, parts }, i) => {
    if (lexicon.counts.has(whole)) return [{ typed: whole, read: whole }];
    // "add-on" is the site's "addon(s)"; "multi-region" is read as its parts.
    const joined = whole.replaceAll('-', '');
    if (joined !== whole && /^[\p{L}\p{N}]+$/u.test(joined) && known(joined, lexicon)) return [{ typed: whole, read: joined }];
    const pieces = parts.filter((part) => part.length > 1 || parts.length === 1);
    const last = i === all.length - 1;
    return pieces.flatMap((part, j) =>
      lexicon.counts.has(part) ? [{ typed: part, read: part }] : readUnknown(part, lexicon, last && j === pieces.length - 1, corrections),
    );
  });
}

/** The words of an answers' phrase, as Pagefind searches them. */
const phraseTerms = (phrase: string) => tokens(phrase).map(({ whole }) => whole).filter((word) => !stopWords.has(word));

/**
 * Reads a query the way readers write them: without trackers' tags and openers, CamelCase and glued words
 * cut into the site's words, misspelt words corrected to the nearest word of the site, and phrases of the
 * concept map also searched as the answers' words.
 */
export function interpret(query: string, lexicon: Lexicon): Interpretation {
  const corrections = new Map<string, string>();
  const all = readWords(withoutNoise(query), lexicon, corrections);
  const meaningful = all.filter(({ read }) => !stopWords.has(read));
  const kept = meaningful.length > 0 ? meaningful : all;
  const words = kept.map(({ read }) => read);
  // A corrected word is searched as typed too: a word too rare for the lexicon may still be in the index.
  const own = ({ typed, read }: ReadWord): Alternative[] => [
    { terms: [read], weight: weakWords.has(read) ? weakWeight : 1 },
    ...(corrections.get(typed) === read ? [{ terms: [typed], weight: 1 }] : []),
  ];
  const units: QueryUnit[] = [];
  let at = 0;
  for (const { start, end, answers } of [...conceptMatches(words, lexicon), { start: words.length, end: words.length, answers: [] }]) {
    for (; at < start; at++) units.push({ words: [words[at]!], alternatives: own(kept[at]!) });
    if (end > start) {
      const covered = words.slice(start, end);
      // An answers' phrase counts as much as the reader's words it stands for, however many words it has.
      const expansions = answers.map((answer) => {
        const terms = phraseTerms(answer);
        return { terms, weight: (conceptWeight * covered.length) / terms.length, ...(terms.length > 1 ? { phrase: answer.toLowerCase() } : {}) };
      });
      const own = covered.length > 1 ? { terms: covered, weight: mappedWordsWeight, phrase: covered.join(' ') } : { terms: covered, weight: 1 };
      units.push({ words: covered, alternatives: [own, ...expansions] });
    }
    at = end;
  }
  return { units: units.slice(0, maxUnits), read: words.join(' '), corrections };
}
