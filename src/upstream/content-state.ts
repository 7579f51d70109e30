import type { SourceText } from '../pipeline/source-text.ts';
import type { PublishedIds } from '../schemas/published-ids.ts';

/** How a file was saved (byte-order mark, Windows line endings), which the sync keeps when it writes it again. */
export type Encoding = Omit<SourceText, 'text'>;
import type { UpstreamRecord } from '../schemas/upstream.ts';

/** A question file as the sync reads and writes it. */
export interface QuestionState {
  id: string;
  extension: '.md' | '.mdx';
  question: string;
  aliases: string[];
  formerly: string[];
  movedFrom: string[];
  /** YYYY-MM-DD, as written. */
  updated: string | undefined;
  /** The answer: the text after the front matter, without the blank lines around it. */
  body: string;
  /** The front matter as written (between the `---` lines), kept for what the sync does not change. */
  frontMatter: string;
  encoding: Encoding;
}

/** A section file as the sync reads and writes it. */
export interface SectionState {
  id: string;
  title: string;
  order: number;
  summary: string | undefined;
  questions: string[];
  /** The introduction after the front matter, as written. */
  intro: string;
  frontMatter: string;
  encoding: Encoding;
}

/** The part of a content folder the sync reads and writes. */
export interface ContentState {
  questions: Map<string, QuestionState>;
  sections: Map<string, SectionState>;
  registry: PublishedIds;
  record: UpstreamRecord;
}

/** An answer as its digest and its comparisons read it: no blank lines before it, no whitespace after. */
export const answerText = (body: string) => body.replace(/^\s*\n/, '').trimEnd();
