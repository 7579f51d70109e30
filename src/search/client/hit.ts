import { answerStart } from '../record.ts';
import { excerpt, markWord, type ExcerptPart } from './excerpt.ts';
import type { Candidate } from './score.ts';

/** One question that matches a search, ready to show. */
export interface Hit {
  /** The question on its section page, with the matched words for the page to highlight. */
  url: string;
  question: string;
  section: string;
  excerpt: ExcerptPart[];
}

const excerptLength = 26;

/** A scored question as a result: its fragment's question, section, link and the excerpt of its answer. */
export async function toHit({ result, words }: Candidate, terms: string[]): Promise<Hit> {
  const fragment = await result.data();
  const tokens = fragment.content.split(/\s+/);
  const marked = [...words].flatMap((i) => markWord(tokens[i] ?? '', terms).filter((part) => part.mark));
  const highlight = [...new Set(marked.map((part) => part.text.toLowerCase()))];
  const [path = '', hash = ''] = fragment.url.split('#');
  const query = highlight.length ? `?${new URLSearchParams({ highlight: highlight.join(' ') })}` : '';
  return {
    url: `${path}${query}${hash ? `#${hash}` : ''}`,
    question: fragment.meta.title ?? '',
    section: fragment.meta.section ?? '',
    // The record starts with the question, which the result shows as its title: the excerpt is the answer's.
    excerpt: excerpt(tokens, words, answerStart(fragment), excerptLength, terms),
  };
}
