import { getFaq, type Question } from './get-faq.ts';
import { lastUpdated } from './last-updated-fs.ts';

/** The questions most recently updated, newest first; questions updated the same moment keep reading order. */
export async function recentlyUpdated(limit: number): Promise<{ question: Question; updated: Date }[]> {
  const questions = (await getFaq()).flatMap((section) => section.questions);
  const dated = await Promise.all(
    questions.map(async (question) => ({ question, updated: await lastUpdated(question.entry) })),
  );
  return dated
    .filter((item): item is { question: Question; updated: Date } => item.updated !== undefined)
    .sort((a, b) => b.updated.getTime() - a.updated.getTime())
    .slice(0, limit);
}
