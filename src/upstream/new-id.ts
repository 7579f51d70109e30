import { questionIdCandidates } from '../faq/question-id.ts';

/**
 * An id for a new question or section, made from its text as `npm run new` makes one, the first not `taken`
 * (which it then joins); when every candidate is taken, the longest with a number after it.
 */
export function newId(text: string, taken: Set<string>, fallback: string): string {
  const candidates = questionIdCandidates(text);
  let id = candidates.find((candidate) => !taken.has(candidate));
  for (let n = 2; id === undefined; n++) {
    const numbered = `${candidates.at(-1) ?? fallback}-${n}`;
    if (!taken.has(numbered)) id = numbered;
  }
  taken.add(id);
  return id;
}
