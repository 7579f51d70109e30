import { slug } from 'github-slugger';

// Words that carry no meaning in an id: "How do I scale my cluster?" -> "scale-cluster".
const FILLER = new Set(
  [
    'a an and are as at be by can could do does for from get has have how i if in is it its me my of',
    'on or our should the their there this to use using was we what when where which who why will',
    'with would you your',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Ids for a question, best first: its first few meaningful words, then longer runs of them. An id is lowercase ASCII
 * letters and digits joined by hyphens: accents are dropped ("café" → "cafe") and other characters part words
 * ("max_pods" → "max-pods"). None when the question has no such letters.
 */
export function questionIdCandidates(text: string, words = 3): string[] {
  const all = slug(text.normalize('NFKD').replace(/\p{M}/gu, ''))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const meaningful = all.filter((word) => !FILLER.has(word));
  const pool = meaningful.length > 0 ? meaningful : all;
  if (pool.length === 0) return [];
  const candidates: string[] = [];
  for (let n = Math.min(words, pool.length); n <= pool.length; n++) candidates.push(pool.slice(0, n).join('-'));
  return candidates;
}
