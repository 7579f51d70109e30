/**
 * Pagefind's ranking, which the site applies to each question of a section's record (question-matches.ts)
 * because Pagefind ranks whole records: Okapi BM25 with Pagefind's settings, its inverse document frequency, and
 * the weight it gives a match of a word longer than the term. tests/contract/ checks that Pagefind scores a
 * record as these functions do.
 */
export const pagefindRanking = {
  /** How fast repeats of a word stop counting more: BM25's k1, Pagefind's default `termSaturation`. */
  termSaturation: 1.4,
  /** How much the matches of a long text count less: BM25's b, Pagefind's default `pageLength`. */
  pageLength: 0.75,
  /** How much less a match of a longer word counts: Pagefind's `termSimilarity`, raised so "az" finds "AZ" first. */
  termSimilarity: 6,
};

/** How rare a term is among `total` texts, `matching` of which have it: Pagefind's inverse document frequency. */
export const rarity = (total: number, matching: number) => Math.log(1 + (total - matching + 0.5) / (matching + 0.5));

/** What `frequency` (weighted) matches in a text of `length` words count, saturating: BM25's term frequency. */
export function saturated(frequency: number, length: number, averageLength: number): number {
  const { termSaturation: k1, pageLength: b } = pagefindRanking;
  return ((k1 + 1) * frequency) / (k1 * (1 - b + (b * length) / averageLength) + frequency);
}

/**
 * Pagefind's weight of a matched word whose stem is `difference` letters longer or shorter than the term's: 1 at
 * no difference, falling fast. Pagefind weighs each match by this of the difference plus one, so that an exact
 * match already counts less than one; the site weighs it by the difference itself (question-matches.ts), an exact
 * match counting one.
 */
export const lengthBonus = (difference: number) =>
  Math.exp(pagefindRanking.termSimilarity * (Math.exp(-(difference ** 2) / 8) - 1));
