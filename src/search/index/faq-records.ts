import type { Section } from '../../lib/faq.ts';
import { questionPath } from '../../lib/urls.ts';
import type { SearchRecord } from '../record.ts';

/** One search record per question of the FAQ model, in reading order. */
export function searchRecords(sections: Section[], language: string): SearchRecord[] {
  return sections.flatMap((section) =>
    section.questions.map((question) => ({
      id: question.id,
      url: questionPath(question),
      language,
      question: question.text,
      answer: question.answerText,
      sectionId: section.id,
      sectionTitle: section.title,
    })),
  );
}
