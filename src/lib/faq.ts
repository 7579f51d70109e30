import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent, type ContentReport } from '../pipeline/check-content.ts';
import { contentChanges } from '../pipeline/process-cache.ts';
import { contentDir } from './content-dir.ts';
import { ContentError } from '../pipeline/problems.ts';
import type { PublishedIds } from '../schemas/published-ids.ts';
import { buildAnchorMap } from './anchor-map.ts';
import { site } from './site.ts';

export interface Question {
  id: string;
  /** The question text. */
  text: string;
  /** The answer as plain text, as a reader would read it aloud (for structured data, the feed and search). */
  answerText: string;
  /** Whether the answer shows a code block, so that its page loads the copy button. */
  hasCodeBlock: boolean;
  aliases: string[];
  section: Pick<Section, 'id' | 'title'>;
  entry: CollectionEntry<'questions'>;
}

export interface Section {
  id: string;
  title: string;
  summary: string;
  /** Whether the section's introduction shows a code block. */
  hasCodeBlock: boolean;
  questions: Question[];
  entry: CollectionEntry<'sections'>;
}

interface Faq {
  sections: Section[];
  retired: PublishedIds['retired'];
  anchors: Record<string, string>;
}

async function loadFaq(report: ContentReport): Promise<Faq> {
  const questionFacts = new Map(report.questions.map((file) => [file.id, file.facts]));
  const sectionFacts = new Map(report.sections.map((file) => [file.id, file.facts]));

  const questionEntries = await getCollection('questions');
  const sectionEntries = await getCollection('sections');
  const byId = new Map(questionEntries.map((entry) => [entry.id, entry]));
  const sections = sectionEntries
    .toSorted((a, b) => a.data.order - b.data.order)
    .map((entry) => {
      const section = { id: entry.id, title: entry.data.title };
      return {
        ...section,
        summary: entry.data.summary,
        hasCodeBlock: sectionFacts.get(entry.id)?.hasCodeBlock ?? false,
        entry,
        questions: entry.data.questions.map((id) => {
          const question = byId.get(id)!;
          const facts = questionFacts.get(id);
          return { id, text: question.data.question, answerText: facts?.plainText ?? '', hasCodeBlock: facts?.hasCodeBlock ?? false, aliases: question.data.aliases, section, entry: question };
        }),
      };
    });
  const anchors = buildAnchorMap(sections, { retired: report.registry.retired, learnStyleAnchors: site.learnStyleAnchors });
  return { sections, retired: report.registry.retired, anchors };
}

let cached: Promise<Faq> | undefined;
let verdict: { changes: number; report: ContentReport } | undefined;

// The gate's verdict, not a second check: its files are cached, and a build never gets here with a problem.
// The dev server can, between a save and the fix: the gate is asked again after each change, and its
// messages are the page's error.
async function load(): Promise<Faq> {
  if (verdict?.changes !== contentChanges()) verdict = { changes: contentChanges(), report: checkContent(contentDir()) };
  const { report } = verdict;
  if (report.problems.length > 0) throw new ContentError(report.problems);
  // The dev server builds the model again for every page: a saved file reaches Astro's content store after the
  // gate has counted the change, so a model kept from a request in between would show the old text for good.
  if (import.meta.env.DEV) return loadFaq(report);
  return (cached ??= loadFaq(report));
}

/** Sections in reading order, each with its questions; throws the content gate's ContentError while the content has a mistake. */
export const getFaq = async (): Promise<Section[]> => (await load()).sections;

/** Every fragment that lands somewhere (ids, aliases, Learn-style slugs, retired ids), mapped to its path. */
export const getAnchorMap = async (): Promise<Record<string, string>> => (await load()).anchors;

/** Ids deliberately removed, each with its removal page. */
export const getRetiredIds = async (): Promise<PublishedIds['retired']> => (await load()).retired;
