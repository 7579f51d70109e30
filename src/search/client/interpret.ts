import type { Lexicon } from '../lexicon.ts';
import { hasStem, siteStems } from '../pagefind/index-stems.ts';
import { stem, stopWords, tokens } from '../../text/words.ts';
import { conceptMatches } from './concepts.ts';
import { countWord, goesBetween, isBareNumber, numberWords, withShareWords } from './numbers.ts';
import { betweenRegions, regionsNamed } from './places.ts';
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
/**
 * How much less it counts where the site has the reader's own words, in any form ("stopping" of "stop"): a text that
 * says "stop" answers "stop" more surely than one that says "shut down". Where the site lacks them ("halt", "k8s"),
 * the phrase is the way to an answer.
 */
const besideSiteWords = 0.8;
/**
 * The most reader's words a phrase of the concept map stands for: a long name ("South Africa North", "pod security
 * policy") is one thing named, and must not outweigh the rest of the query ("zone support").
 */
const maxCoveredWords = 2;
/** How much the reader's own words count when they form a phrase of the concept map: it says what they mean. */
const mappedWordsWeight = 0.5;
/**
 * How much a word counts that says little about the subject: one that requests and bug reports use for anything
 * ("support", "feature", "error"), one that any text uses (the lexicon's common words: "after", "best"), a count.
 */
const weakWeight = 0.4;
const trackerWords = new Set(
  [
    'support supports supported supporting feature request ability option issue issues error errors',
    'add adds adding added fail fails failed failing failure unable broken bug',
  ]
    .join(' ')
    .split(' '),
);

/** The words of an answers' phrase, as Pagefind searches them. */
const phraseTerms = (phrase: string) =>
  tokens(phrase)
    .map(({ whole }) => whole)
    .filter((word) => !stopWords.has(word));

/**
 * A version as written ("22.04"), searched whole: Pagefind finds it where it stands (as "2204", at the position of
 * "22.04"), where its runs of digits alone ("22", "04") would match every version that shares one.
 */
const versionAlternative = (version: string): Alternative => ({ terms: [version], weight: 1 });

/**
 * Reads a query the way readers write them: without trackers' tags and openers, CamelCase and glued words
 * cut into the site's words, misspelt words corrected to the nearest word of the site, and phrases of the
 * concept map also searched as the answers' words.
 */
export function interpret(query: string, lexicon: Lexicon): Interpretation {
  const corrections = new Map<string, string>();
  // Compatibility forms read as the letters they stand for: full-width "ｄｎｓ" (an East Asian keyboard) is "dns".
  const read = readWords(withShareWords(withoutNoise(query.normalize('NFKC'))), lexicon, corrections);
  // A query that goes from one version to another asks about upgrading.
  const between = goesBetween(
    query,
    read.filter(({ version }) => version).map(({ typed }) => typed),
  );
  const all = between ? [...read, { typed: '', read: numberWords.betweenVersions }] : read;
  // Stop words say nothing about which question is meant, nor does a letter alone: it starts nearly every word, and
  // is the word being typed ("how do i s"). A query of nothing else searches nothing, rather than every question.
  // A character of a script without letter case (池, pool) is a word of its own.
  const kept = all.filter(({ read }) => !stopWords.has(read) && !/^\p{Ll}$/u.test(read));
  let words = kept.map(({ read }) => read);
  let matches = conceptMatches(words, lexicon);
  // A query that names two regions asks about spanning them.
  if (regionsNamed(matches, words, lexicon) > 1) {
    kept.push(...betweenRegions.map((word) => ({ typed: '', read: word })));
    words = kept.map(({ read }) => read);
    matches = conceptMatches(words, lexicon);
  }
  const weak = (word: string) => trackerWords.has(word) || lexicon.common.has(word) || isBareNumber(word);
  // A corrected word is searched as typed too: a word too rare for the lexicon may still be in the index. A count is
  // searched as its word too ("scale to 0", "zero"), where the site has that word.
  const own = ({ typed, read, version }: ReadWord): Alternative[] => {
    const spelt = countWord(read);
    return [
      { terms: [read], weight: weak(read) ? weakWeight : 1 },
      ...(corrections.get(typed) === read ? [{ terms: [typed], weight: 1 }] : []),
      ...(version ? [versionAlternative(version)] : []),
      ...(spelt && lexicon.counts.has(spelt) ? [{ terms: [spelt], weight: weakWeight }] : []),
    ];
  };
  // The parts of a glued word are one thing asked for, searched as a phrase: "downtime" is not about "time".
  const gluedLength = (from: number, to: number) => {
    let end = from + 1;
    if (kept[from]!.glued === 0) while (end < to && kept[end]!.glued === end - from) end++;
    return end - from;
  };
  const units: QueryUnit[] = [];
  let at = 0;
  for (const { start, end, answers } of [...matches, { start: words.length, end: words.length, answers: [] }]) {
    while (at < start) {
      const length = gluedLength(at, start);
      const parts = words.slice(at, at + length);
      units.push({
        words: parts,
        alternatives: length > 1 ? [{ terms: parts, weight: 1, phrase: parts.join(' ') }] : own(kept[at]!),
      });
      at += length;
    }
    if (end > start) {
      const covered = words.slice(start, end);
      const siteWords = covered.every((word) => hasStem(siteStems(lexicon), stem(word)));
      // Words the reader did not type (two regions read as "multi region") stand for one.
      const typed = Math.max(1, kept.slice(start, end).filter(({ typed }) => typed !== '').length);
      const weight = conceptWeight * (siteWords ? besideSiteWords : 1) * Math.min(typed, maxCoveredWords);
      // An answers' phrase counts as much as the reader's words it stands for, however many words it has.
      const expansions = answers.map((answer) => {
        const terms = phraseTerms(answer);
        return {
          terms,
          weight: weight / terms.length,
          ...(terms.length > 1 ? { phrase: answer.toLowerCase() } : {}),
        };
      });
      const readers =
        covered.length > 1
          ? { terms: covered, weight: mappedWordsWeight, phrase: covered.join(' ') }
          : { terms: covered, weight: 1 };
      units.push({ words: covered, alternatives: [readers, ...expansions] });
    }
    at = end;
  }
  // A word said twice ("add option … nodepool add") asks for it once.
  const said = new Set<string>();
  const once = units.filter(({ words }) => {
    const key = words.map(stem).join(' ');
    return !said.has(key) && said.add(key);
  });
  return { units: once, read: words.join(' '), corrections };
}
