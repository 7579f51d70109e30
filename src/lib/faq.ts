import { getCollection, type CollectionEntry } from 'astro:content';
import { resolve } from 'node:path';
import { ContentError } from './content-error.ts';
import { crossFileProblems } from './content-rules.ts';

export interface Question {
  id: string;
  /** The question text. */
  text: string;
  aliases: string[];
  section: Pick<Section, 'id' | 'title'>;
  entry: CollectionEntry<'questions'>;
}

export interface Section {
  id: string;
  title: string;
  summary: string;
  questions: Question[];
  entry: CollectionEntry<'sections'>;
}

const filePath = (entry: { filePath?: string }) => resolve(entry.filePath ?? '');

async function loadFaq(): Promise<Section[]> {
  const questionEntries = await getCollection('questions');
  const sectionEntries = await getCollection('sections');
  const problems = crossFileProblems({
    questions: questionEntries.map((q) => ({ id: q.id, file: filePath(q), aliases: q.data.aliases })),
    sections: sectionEntries.map((s) => ({ id: s.id, file: filePath(s), questions: s.data.questions })),
  });
  if (problems.length > 0) throw new ContentError(problems);

  const byId = new Map(questionEntries.map((entry) => [entry.id, entry]));
  return sectionEntries
    .toSorted((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((entry) => {
      const section = { id: entry.id, title: entry.data.title };
      return {
        ...section,
        summary: entry.data.summary,
        entry,
        questions: entry.data.questions.map((id) => {
          const question = byId.get(id)!;
          return { id, text: question.data.question, aliases: question.data.aliases, section, entry: question };
        }),
      };
    });
}

let cached: Promise<Section[]> | undefined;

/** All sections in reading order, each with its questions; throws a ContentError listing every cross-file mistake. */
export function getFaq(): Promise<Section[]> {
  cached ??= loadFaq();
  return cached;
}
