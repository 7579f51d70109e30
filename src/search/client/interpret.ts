import type { Lexicon } from '../lexicon.ts';
import { stopWords, tokens } from '../../text/words.ts';
import { conceptMatches } from './concepts.ts';
import { isBareNumber, numberWords, withShareWords } from './numbers.ts';
import { readWords, type ReadWord } from './read-words.ts';
import { withoutNoise } from './tracker-noise.ts';

/** Words searched together, whose scores add up, with how much they count. */
export interface Alternative {
  terms: string[];
  weight: number;
  /** The terms as a phrase: they count fully where they stand side by side, half elsewhere. */
  phrase?: string;
}

/** One thing the reader asked for: a word, or a phrase of the concept map, with the ways to search it. */
export interface QueryUnit {
  /** The words as read: split, corrected. */
  words: string[];
  /** A question scores the best of these for the unit. */
  alternatives: Alternative[];
  /** Phrases that name other things of the unit's kind: a question that names one in itself is about another thing. */
  rivals?: string[];
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
const conceptWeight = 1;
/** How much the reader's own words count when they form a phrase of the concept map: it says what they mean. */
const mappedWordsWeight = 0.5;
/** How much a word counts that requests and bug reports use for anything ("support", "feature"). */
const weakWeight = 0.4;
const weakWords = new Set(
  [
    'support supported supporting feature request possible ability option allow please help want need',
    'way issue issues error errors fail fails failed failing failure problem problems unable cannot',
    'working work works broken bug',
  ]
    .join(' ')
    .split(' '),
);
const maxUnits = 10;

/** The words of an answers' phrase, as Pagefind searches them. */
const phraseTerms = (phrase: string) =>
  tokens(phrase)
    .map(({ whole }) => whole)
    .filter((word) => !stopWords.has(word));

/** A version's own digits ("22.04"), each run counting its share. */
function versionAlternative(version: string): Alternative {
  const terms = version.split('.');
  return { terms, weight: 1 / terms.length };
}

/**
 * Reads a query the way readers write them: without trackers' tags and openers, CamelCase and glued words
 * cut into the site's words, misspelt words corrected to the nearest word of the site, and phrases of the
 * concept map also searched as the answers' words.
 */
export function interpret(query: string, lexicon: Lexicon): Interpretation {
  const corrections = new Map<string, string>();
  const read = readWords(withShareWords(withoutNoise(query)), lexicon, corrections);
  // A query that names two versions asks about going from one to the other.
  const between = read.filter(({ version }) => version).length > 1;
  const all = between ? [...read, { typed: '', read: numberWords.betweenVersions }] : read;
  const meaningful = all.filter(({ read }) => !stopWords.has(read));
  const kept = meaningful.length > 0 ? meaningful : all;
  const words = kept.map(({ read }) => read);
  // A corrected word is searched as typed too: a word too rare for the lexicon may still be in the index.
  const own = ({ typed, read, version }: ReadWord): Alternative[] => [
    { terms: [read], weight: weakWords.has(read) || isBareNumber(read) ? weakWeight : 1 },
    ...(corrections.get(typed) === read ? [{ terms: [typed], weight: 1 }] : []),
    ...(version ? [versionAlternative(version)] : []),
  ];
  const units: QueryUnit[] = [];
  let at = 0;
  for (const { start, end, answers, rivals } of [
    ...conceptMatches(words, lexicon),
    { start: words.length, end: words.length, answers: [] },
  ]) {
    for (; at < start; at++) units.push({ words: [words[at]!], alternatives: own(kept[at]!) });
    if (end > start) {
      const covered = words.slice(start, end);
      // An answers' phrase counts as much as the reader's words it stands for, however many words it has.
      const expansions = answers.map((answer) => {
        const terms = phraseTerms(answer);
        return {
          terms,
          weight: (conceptWeight * covered.length) / terms.length,
          ...(terms.length > 1 ? { phrase: answer.toLowerCase() } : {}),
        };
      });
      const readers =
        covered.length > 1
          ? { terms: covered, weight: mappedWordsWeight, phrase: covered.join(' ') }
          : { terms: covered, weight: 1 };
      units.push({ words: covered, alternatives: [readers, ...expansions], ...(rivals ? { rivals } : {}) });
    }
    at = end;
  }
  return { units: units.slice(0, maxUnits), read: words.join(' '), corrections };
}
