import { editDistance } from '../utils/edit-distance.ts';

/** The candidate closest to what was typed, if it is close enough to be a likely typo. */
function nearest(typed: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(typed.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** " Did you mean "x"?" when there is a likely intended value, else "". */
export const didYouMean = (typed: string, candidates: Iterable<string>) => {
  const match = nearest(typed, candidates);
  return match ? ` Did you mean "${match}"?` : '';
};
