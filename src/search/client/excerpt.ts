/** A run of excerpt text, marked when it is a word the reader searched for. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * A matched word split into marked and unmarked runs. Only the letters and digits are marked, and of a
 * compound such as "onerror=alert(1)>" only the parts that start with a searched term; a word that matched
 * through its stem ("deleting" for "deleted") is marked whole.
 */
export function markWord(token: string, terms: string[]): ExcerptPart[] {
  const runs = token.split(/([\p{L}\p{N}]+)/u);
  const cores = terms.map((term) => term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  const isWord = (i: number) => i % 2 === 1;
  let marked = runs.map((run, i) => isWord(i) && cores.some((core) => run.toLowerCase().startsWith(core)));
  if (!marked.includes(true)) {
    const first = runs.findIndex((_, i) => isWord(i));
    const last = runs.findLastIndex((_, i) => isWord(i));
    marked = runs.map((_, i) => first >= 0 && i >= first && i <= last);
  }
  const parts: ExcerptPart[] = [];
  runs.forEach((text, i) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === marked[i]) last.text += text;
    else parts.push({ text, mark: marked[i]! });
  });
  return parts;
}

/**
 * The stretch of `length` words, from `from` on, that holds the most matches, starting a few words before its
 * first match (earlier near the end, to show as many words), as text and marks. Matches past the words (in a
 * question's other ways of asking, which a result does not show) do not count.
 */
export function excerpt(
  words: string[],
  matches: Set<number>,
  from: number,
  length: number,
  terms: string[],
): ExcerptPart[] {
  const lead = 3;
  let start = from;
  let best = 0;
  for (const match of [...matches].filter((i) => i >= from && i < words.length).sort((a, b) => a - b)) {
    // A stretch that would run past the answer's end starts earlier, so that it shows as many words.
    const candidate = Math.max(from, Math.min(match - lead, words.length - length));
    let count = 0;
    for (let i = candidate; i < Math.min(candidate + length, words.length); i++) if (matches.has(i)) count++;
    if (count > best) [start, best] = [candidate, count];
  }
  const end = Math.min(words.length, start + length);
  const parts: ExcerptPart[] = [];
  const add = (part: ExcerptPart) => {
    const last = parts.at(-1);
    if (last && !last.mark && !part.mark) last.text += part.text;
    else parts.push({ ...part });
  };
  if (start > from) add({ text: '… ', mark: false });
  for (let i = start; i < end; i++) {
    const word = words[i]!;
    for (const part of matches.has(i) ? markWord(word, terms) : [{ text: word, mark: false }]) add(part);
    if (i + 1 < end) add({ text: ' ', mark: false });
  }
  if (end < words.length) add({ text: ' …', mark: false });
  return parts;
}
