/**
 * The one definition of what search stores for a question: the indexer (src/search/index/) builds records in
 * this shape and writes a file per question, which the client (src/search/client/) shows a result from. How the
 * records become Pagefind's is src/search/pagefind/'s concern.
 */

/** One question as search indexes it, built from the FAQ model. */
export interface SearchRecord {
  /** The question's id, which is also its anchor. */
  id: string;
  /** Where the question is read: its section page with the question's anchor, e.g. `/networking/#time-sync`. */
  url: string;
  /** Language of the text (the site's `lang`), which picks Pagefind's stemmer. */
  language: string;
  /** The question as the reader sees it. */
  question: string;
  /** The answer as plain text: prose, list items, code, the text of callouts; no markup. */
  answer: string;
  /** Other ways readers ask the question: searched with the answer, never shown. */
  alsoAsked: string[];
  /** Id of the question's section: the value the section filter matches. */
  sectionId: string;
  /** Title of the question's section, shown under each result. */
  sectionTitle: string;
}

/** What the client fetches to show a question as a result. */
export interface QuestionFile {
  url: string;
  question: string;
  section: string;
  answer: string;
  /** How many words each other way of asking has, in the order they follow the answer in search's block. */
  asked: number[];
}

/**
 * Path of a question's file in the bundle, from its name in search (`blockId`, src/search/pagefind/), in a
 * folder named by a digest of all the questions' files: any change gives every file a new address, so hosts
 * may let browsers keep them.
 */
export const questionFilePath = (folder: string, id: string) => `question/${folder}/${id}.json`;

/**
 * A question's file, as the client reads it; `asked` as search's blocks count the words of the other ways of asking
 * (src/search/pagefind/section-records.ts).
 */
export const questionFile = (record: SearchRecord, asked: number[]): QuestionFile => ({
  url: record.url,
  question: record.question,
  section: record.sectionTitle,
  answer: record.answer,
  asked,
});
