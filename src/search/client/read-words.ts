import type { Lexicon } from '../lexicon.ts';
import { itself, lowerBound } from '../../utils/binary-search.ts';
import { stem, tokens } from '../../text/words.ts';
import { isAzureCli, withoutAzureCli } from './azure-cli.ts';
import { gluedParts } from './compounds.ts';
import { numberWords, versionDigits } from './numbers.ts';
import { gluedRegion } from './places.ts';
import { correction } from './spelling.ts';
import { isVmSize, vmSizeWords } from './vm-sizes.ts';

/** Whether the site has the word, or a word that starts with it (a word still being typed), or a country does. */
function known(word: string, lexicon: Lexicon): boolean {
  if (lexicon.counts.has(word) || lexicon.places?.words.has(word)) return true;
  return lexicon.sorted[lowerBound(lexicon.sorted, word, itself)]?.startsWith(word) ?? false;
}

/**
 * Whether a word is longer than the site's words make, misspelt or two glued together. It is searched as typed, never
 * cut, corrected or stemmed here, work that grows faster than its length: a letter held down or pasted ("yyyy…") must
 * not freeze the page.
 */
export const beyondSiteWords = (word: string, lexicon: Lexicon) => word.length > 2 * lexicon.longestWord;

/** A word of the query: as typed, and as read. */
export interface ReadWord {
  typed: string;
  read: string;
  /** A version's digits ("1.28"), searched as well as the word a version is read as. */
  version?: string;
  /** Which part this is of a word glued from the site's words: 0 for "down" of "downtime", 1 for "time". */
  glued?: number;
}

/**
 * A word the site does not have, read as the words it was glued from (a region's programmatic name as its country
 * and compass word), or as typed when the site has its start or another form of it, or as its correction.
 */
function readUnknown(word: string, lexicon: Lexicon, last: boolean, corrections: Map<string, string>): ReadWord[] {
  if (beyondSiteWords(word, lexicon)) return [{ typed: word, read: word }];
  const region = gluedRegion(word, lexicon);
  if (region) return region.map((read) => ({ typed: word, read }));
  // A word that begins a word of the site ("getaddr") is cut only into long words ("resourcegroup"), and another form
  // of a word of the site ("workload" of "workloads") is not cut ("work load").
  const prefix = known(word, lexicon);
  const parts = lexicon.stems.has(stem(word)) ? undefined : gluedParts(word, lexicon, prefix ? 4 : 2);
  if (parts) return parts.map((part, glued) => ({ typed: word, read: part, glued }));
  // Pagefind finds another form of a word of the site ("guaranteed" for "guarantees") by its stem, and a plural or a
  // verb's third person ("fails" of "fail") too; an ending that only shares a stem ("kubernets") is a misspelling.
  const inflected =
    (/(?:ed|ing|es)$/.test(word) && lexicon.stems.has(stem(word))) ||
    (word.endsWith('s') && lexicon.counts.has(word.slice(0, -1)));
  if (prefix || inflected) return [{ typed: word, read: word }];
  const corrected = correction(word, lexicon, last);
  if (corrected) corrections.set(word, corrected);
  return [{ typed: word, read: corrected ?? word }];
}

/**
 * A word the site does not have that runs a name into digits ("Ubuntu2204", "Windows2019") as its runs, each of three
 * letters or more; other words as they are ("k8s", "e2e", "28th", "8gb").
 */
function digitRuns(part: string, lexicon: Lexicon): string[] {
  if (lexicon.counts.has(part)) return [part];
  const runs = part.match(/\p{L}+|\p{N}+/gu) ?? [part];
  return runs.length > 1 && runs.every((run) => /\p{N}/u.test(run) || run.length > 2) ? runs : [part];
}

/** The words of a query as read: whole when the site has them, otherwise in parts, unglued or corrected. */
export function readWords(text: string, lexicon: Lexicon, corrections: Map<string, string>): ReadWord[] {
  const all = tokens(text);
  return all.flatMap(({ whole, parts }, i): ReadWord[] => {
    const next = all[i + 1]?.parts[0];
    if (isAzureCli(whole, next)) return [];
    const version = versionDigits(whole);
    if (version) return [{ typed: whole, read: numberWords.version, version }];
    if (isVmSize(whole)) return vmSizeWords.map((read, glued) => ({ typed: whole, read, glued }));
    if (lexicon.counts.has(whole)) return [{ typed: whole, read: whole }];
    // "add-on" is the site's "addon(s)", or its "add-ons", and so is "addons"; "multi-region" is read as its parts.
    const joined = whole.replaceAll('-', '');
    if (joined !== whole && /^[\p{L}\p{N}]+$/u.test(joined) && known(joined, lexicon))
      return [{ typed: whole, read: joined }];
    const hyphenated = beyondSiteWords(joined, lexicon) ? undefined : lexicon.hyphenated.get(stem(joined));
    if (hyphenated) return [{ typed: whole, read: hyphenated }];
    const pieces = withoutAzureCli(parts, next)
      .filter((part) => part.length > 1 || parts.length === 1)
      .flatMap((part) => digitRuns(part, lexicon));
    const last = i === all.length - 1;
    return pieces.flatMap((part, j) =>
      lexicon.counts.has(part)
        ? [{ typed: part, read: part }]
        : readUnknown(part, lexicon, last && j === pieces.length - 1, corrections),
    );
  });
}
