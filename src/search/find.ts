import { excerpt, markWord, type ExcerptPart } from './excerpt.ts';
import { loadPagefind, type PagefindResult } from './pagefind.ts';

/** One question that matches a search, ready to show. */
export interface Hit {
  /** The question on its section page, with the matched words for the page to highlight. */
  url: string;
  question: string;
  section: string;
  excerpt: ExcerptPart[];
}

export interface Found {
  /** How many questions match at least one word. */
  total: number;
  hits: Hit[];
}

const excerptLength = 26;
const maxWords = 10;
// Words that say nothing about which question is meant; searching and highlighting them only adds noise.
const stopWords = new Set(
  'a an and are as at be by can do does for from how i if in is it my of on or so that the this to was what when where which who why will with'.split(' '),
);

interface Candidate {
  result: PagefindResult;
  score: number;
  words: Set<number>;
}

async function toHit({ result, words }: Candidate, terms: string[]): Promise<Hit> {
  const { url, content, meta } = await result.data();
  const question = meta.title ?? '';
  const tokens = content.split(/\s+/);
  // The record starts with the question, which the result shows as its title: the excerpt is the answer's.
  const answerStart = content.startsWith(question) ? question.split(/\s+/).length : 0;
  const marked = [...words].flatMap((i) => markWord(tokens[i] ?? '', terms).filter((part) => part.mark));
  const highlight = [...new Set(marked.map((part) => part.text.toLowerCase()))];
  const [path = '', hash = ''] = url.split('#');
  const query = highlight.length ? `?${new URLSearchParams({ highlight: highlight.join(' ') })}` : '';
  return {
    url: `${path}${query}${hash ? `#${hash}` : ''}`,
    question,
    section: meta.section ?? '',
    excerpt: excerpt(tokens, words, answerStart, excerptLength, terms),
  };
}

/**
 * Questions for what the reader typed, best first. Pagefind returns only pages that hold every word, but
 * readers type words a question need not contain ("how", "after", "my"). So each word is searched on its
 * own and a question scores the sum of its words' scores: questions with more of the words come first,
 * and a rare word counts more than a common one. Stop words are left out unless there is nothing else.
 */
export async function findQuestions(query: string, options: { section: string; limit: number }): Promise<Found> {
  const words = [...new Set(query.toLowerCase().match(/\S+/g) ?? [])];
  const meaningful = words.filter((word) => !stopWords.has(word));
  const terms = (meaningful.length > 0 ? meaningful : words).slice(0, maxWords);
  if (terms.length === 0) return { total: 0, hits: [] };
  const pagefind = await loadPagefind();
  const filters = options.section ? { section: options.section } : {};
  const candidates = new Map<string, Candidate>();
  for (const term of terms) {
    for (const result of (await pagefind.search(term, { filters }))?.results ?? []) {
      const candidate = candidates.get(result.id) ?? { result, score: 0, words: new Set<number>() };
      candidate.score += result.score;
      for (const word of result.words) candidate.words.add(word);
      candidates.set(result.id, candidate);
    }
  }
  const ranked = [...candidates.values()].sort((a, b) => b.score - a.score);
  return { total: ranked.length, hits: await Promise.all(ranked.slice(0, options.limit).map((candidate) => toHit(candidate, terms))) };
}
