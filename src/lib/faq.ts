import { getCollection, type CollectionEntry } from 'astro:content';
import { resolve } from 'node:path';
import type { PublishedIds } from '../schemas/published-ids.ts';
import { buildAnchorMap } from './anchor-map.ts';
import { ContentError } from './content-error.ts';
import { crossFileProblems, publishedIdProblems, type ContentModel } from './content-rules.ts';
import { publishedIdsFile, readPublishedIds } from './published-ids.ts';
import { site } from './site.ts';

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

interface Faq {
  sections: Section[];
  retired: PublishedIds['retired'];
  anchors: Record<string, string>;
}

const filePath = (entry: { filePath?: string }) => resolve(entry.filePath ?? '');

async function loadFaq(): Promise<Faq> {
  const questionEntries = await getCollection('questions');
  const sectionEntries = await getCollection('sections');
  const registry = readPublishedIds();
  const model: ContentModel = {
    questions: questionEntries.map((q) => ({ id: q.id, file: filePath(q), aliases: q.data.aliases })),
    sections: sectionEntries.map((s) => ({ id: s.id, file: filePath(s), questions: s.data.questions })),
  };
  const problems = [...crossFileProblems(model), ...publishedIdProblems(model, registry, publishedIdsFile())];
  if (problems.length > 0) throw new ContentError(problems);

  const byId = new Map(questionEntries.map((entry) => [entry.id, entry]));
  const sections = sectionEntries
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
  const anchors = buildAnchorMap(sections, { retired: registry.retired, learnStyleAnchors: site.learnStyleAnchors });
  return { sections, retired: registry.retired, anchors };
}

let cached: Promise<Faq> | undefined;
const load = () => (cached ??= loadFaq());

/** Sections in reading order, each with its questions; throws a ContentError listing every cross-file mistake at once. */
export const getFaq = async (): Promise<Section[]> => (await load()).sections;

/** Every fragment that lands somewhere (ids, aliases, Learn-style slugs, retired ids), mapped to its path. */
export const getAnchorMap = async (): Promise<Record<string, string>> => (await load()).anchors;

/** Ids deliberately removed, each with its removal page. */
export const getRetiredIds = async (): Promise<PublishedIds['retired']> => (await load()).retired;
