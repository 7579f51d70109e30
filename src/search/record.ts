/**
 * The one definition of what search stores for a question: the indexer (src/search/index/) writes records in
 * this shape and the client (src/search/client/) reads them back, so neither guesses the other's format.
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
  /** Id of the question's section: the value the section filter matches. */
  sectionId: string;
  /** Title of the question's section, shown under each result. */
  sectionTitle: string;
}

/** The metadata Pagefind keeps with a record and returns with its fragment. */
export interface RecordMeta {
  /** The question; Pagefind ranks a match in it above one in the answer (`ranking.metaWeights.title`). */
  title: string;
  /** The section's title. */
  section: string;
}

/** The filters a search can narrow by: the section's id. */
export const recordFilters = { section: 'section' } as const;

/** The record as Pagefind's `addCustomRecord` takes it. The content starts with the question, then the answer. */
export function pagefindRecord(record: SearchRecord) {
  const meta: RecordMeta = { title: record.question, section: record.sectionTitle };
  return {
    url: record.url,
    content: `${record.question}\n${record.answer}`,
    language: record.language,
    meta: { ...meta },
    filters: { [recordFilters.section]: [record.sectionId] },
  };
}

/** What a search result's fragment holds, as the client reads it. */
export interface RecordFragment {
  url: string;
  content: string;
  meta: Partial<RecordMeta>;
}

/** The answer's first word in the fragment's words (its content split on white space): it follows the question. */
export function answerStart(fragment: RecordFragment): number {
  const question = fragment.meta.title ?? '';
  return question && fragment.content.startsWith(question) ? question.split(/\s+/).length : 0;
}
