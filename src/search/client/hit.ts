import { questionFilePath, type QuestionFile } from '../record.ts';
import { wordIndex } from '../pagefind/section-layout.ts';
import { positionWords } from '../pagefind/section-records.ts';
import { excerpt, markWord, type ExcerptPart } from './excerpt.ts';
import type { SearchIndex } from './search-index.ts';
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

// Each question's file, fetched once for the page's life.
const files = new Map<string, Promise<QuestionFile>>();

/** The file of a question (its question, answer, section and link), fetched once. */
export function questionFileOf(id: string, { bundle, layout }: SearchIndex): Promise<QuestionFile> {
  let file = files.get(id);
  if (!file) {
    file = fetch(`${bundle}${questionFilePath(layout.questionFolder, id)}`).then((response) => {
      if (!response.ok) throw new Error(`Search could not load a result: ${response.status} ${response.statusText}`);
      return response.json() as Promise<QuestionFile>;
    });
    file.catch(() => files.delete(id));
    files.set(id, file);
  }
  return file;
}

/** A scored question as a result: its question, section, link and the excerpt of its answer, from its file. */
export async function toHit({ result, words }: Candidate, terms: string[], index: SearchIndex): Promise<Hit> {
  const file = await questionFileOf(result.id, index);
  const { layout } = index;
  const question = positionWords(file.question);
  const tokens = [...question, ...positionWords(file.answer)];
  const matches = new Set([...words].map((offset) => wordIndex(layout, question.length, offset)));
  const marked = [...matches].flatMap((i) => markWord(tokens[i] ?? '', terms).filter((part) => part.mark));
  const highlight = [...new Set(marked.map((part) => part.text.toLowerCase()))];
  const [path = '', hash = ''] = file.url.split('#');
  const query = highlight.length ? `?${new URLSearchParams({ highlight: highlight.join(' ') })}` : '';
  return {
    url: `${path}${query}${hash ? `#${hash}` : ''}`,
    question: file.question,
    section: file.section,
    // The result shows the question as its title: the excerpt is the answer's.
    excerpt: excerpt(tokens, matches, question.length, excerptLength, terms),
  };
}
