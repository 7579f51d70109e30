import { readFaqModel, type FaqSection } from '../../faq/faq-model.ts';
import { site } from '../../settings/site.ts';
import { questionPath } from '../../settings/site-urls.ts';
import type { SearchRecord } from '../record.ts';

/** One search record per question of the FAQ model, in reading order. */
export function searchRecords(sections: FaqSection[], language: string): SearchRecord[] {
  return sections.flatMap((section) =>
    section.questions.map((question) => ({
      id: question.id,
      url: questionPath(question),
      language,
      question: question.text,
      answer: question.answerText,
      alsoAsked: question.alsoAsked,
      sectionId: section.id,
      sectionTitle: section.title,
    })),
  );
}

/**
 * The records of a content folder, read through the content gate (each file once per process); throws the
 * gate's ContentError while the content has a mistake. Pagefind picks its stemmer by the language's primary
 * subtag ("en" of "en-GB").
 */
export function faqSearchRecords(dir: string): SearchRecord[] {
  const language = site.lang.split('-')[0]!.toLowerCase();
  return searchRecords(readFaqModel(dir).sections, language);
}
