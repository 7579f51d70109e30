/** Edit distance between two short strings (ids, field names). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate closest to what was typed, if it is close enough to be a likely typo. */
export function nearest(typed: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = distance(typed, candidate);
    if (!best || score < best.score) best = { candidate, score };
  }
  return best && best.score <= Math.max(2, Math.floor(typed.length / 3)) ? best.candidate : undefined;
}

/** " Did you mean "x"?" when there is a likely intended value, else "". */
export const didYouMean = (typed: string, candidates: Iterable<string>) => {
  const match = nearest(typed, candidates);
  return match ? ` Did you mean "${match}"?` : '';
};
