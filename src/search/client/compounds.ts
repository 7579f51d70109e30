import { shortWordCount, type Lexicon } from '../lexicon.ts';
import { stopWords } from '../../text/words.ts';

// Every extra part costs as much as a word a thousand times rarer, so a word is cut into as few parts as fit.
const partPenalty = Math.log(1000);

/**
 * A glued word cut into words of the site, the likeliest cut by the words' frequencies:
 * "validatingwebhookconfiguration" gives validating, webhook, configuration. Undefined when the word cannot
 * be cut into two or more words the site uses, none a stop word, each of at least `shortest` letters (two
 * letters only for frequent words).
 */
export function gluedParts(word: string, lexicon: Lexicon, shortest = 2): string[] | undefined {
  if (word.length < 5) return undefined;
  const best: ({ score: number; parts: string[] } | undefined)[] = [{ score: 0, parts: [] }];
  for (let end = shortest; end <= word.length; end++) {
    for (let start = Math.max(0, end - 30); start <= end - shortest; start++) {
      const before = best[start];
      const part = word.slice(start, end);
      const count = lexicon.counts.get(part);
      if (!before || !count || stopWords.has(part) || (part.length < 3 && count < shortWordCount)) continue;
      const score = before.score + Math.log(count / lexicon.total) - partPenalty;
      if (!best[end] || score > best[end]!.score) best[end] = { score, parts: [...before.parts, part] };
    }
  }
  const parts = best[word.length]?.parts;
  return parts && parts.length > 1 ? parts : undefined;
}
