import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent } from '../gate/check-content.ts';
import type { ContentReport } from '../gate/content-report.ts';
import { contentChanges } from '../gate/content-report.ts';
import { contentDir } from '../settings/content-dir.ts';
import { ContentError } from '../pipeline/problems.ts';
import type { Removal } from '../schemas/published-ids.ts';
import { anchorsLandingOn } from '../urls/anchor-map.ts';
import { questionPath } from '../settings/site-urls.ts';
import { departedFrom, type Departed } from './departed.ts';
import { faqModel, type FaqModel, type FaqQuestion, type FaqSection } from './faq-model.ts';

/** A question of the FAQ model with its entry in Astro's content layer, which renders its answer. */
export interface Question extends FaqQuestion {
  entry: CollectionEntry<'questions'>;
  /** The fragments besides its id that land on it (aliases, Learn-style slugs), placed beside its heading. */
  anchors: string[];
}

/** A section of the FAQ model with its entry, which renders its introduction. */
export interface Section extends Omit<FaqSection, 'questions'> {
  questions: Question[];
  entry: CollectionEntry<'sections'>;
  /** The questions that left this section's page; their anchors stay on it and lead on to them. */
  departed: Departed[];
}

interface Faq extends Omit<FaqModel, 'sections'> {
  sections: Section[];
}

/**
 * Whether Astro's store has the entry of a file the gate read. The dev server's pages read the store as it last wrote
 * it to disk, half a second after a change, so a file just added is left out until its entry is there. A build has
 * every entry: one missing there is a defect of the loader, and the build stops rather than leave a question out.
 */
function stored(entries: Map<string, unknown>, id: string): boolean {
  if (entries.has(id) || import.meta.env.DEV) return entries.has(id);
  throw new Error(
    `Astro's content store has no entry for "${id}", which the content gate read: the content loader ` +
      '(src/loaders/content-loader.ts) left it out. Run the build again; if it happens again, report it.',
  );
}

function loadFaq(
  report: ContentReport,
  questionEntries: CollectionEntry<'questions'>[],
  sectionEntries: CollectionEntry<'sections'>[],
): Faq {
  const model = faqModel(report);
  const questionsById = new Map(questionEntries.map((entry) => [entry.id, entry]));
  const sectionsById = new Map(sectionEntries.map((entry) => [entry.id, entry]));
  const sections = model.sections
    .filter((section) => stored(sectionsById, section.id))
    .map((section) => ({
      ...section,
      entry: sectionsById.get(section.id)!,
      departed: departedFrom(model, section.id),
      questions: section.questions
        .filter((question) => stored(questionsById, question.id))
        .map((question) => ({
          ...question,
          entry: questionsById.get(question.id)!,
          anchors: anchorsLandingOn(model.anchors, questionPath(question)).filter((anchor) => anchor !== question.id),
        })),
    }));
  return { ...model, sections };
}

const entries = () => Promise.all([getCollection('questions'), getCollection('sections')]);

let built: Promise<Faq> | undefined;
let verdict: { changes: number; report: ContentReport } | undefined;
let served: { report: ContentReport; digests: string; faq: Faq } | undefined;

// The gate's verdict, not a second check: its files are cached, and a build never gets here with a problem.
// The dev server can, between a save and the fix: the gate is asked again after each change, and on every
// request while it reports a problem (it reads again only files whose stamp changed), so that a fix whose
// change event came before the file was whole cannot leave the error standing. Its messages are the page's error.
async function load(): Promise<Faq> {
  if (verdict?.changes !== contentChanges() || verdict.report.problems.length > 0)
    verdict = { changes: contentChanges(), report: checkContent(contentDir()) };
  const { report } = verdict;
  if (report.problems.length > 0) throw new ContentError(report.problems);
  if (!import.meta.env.DEV)
    return (built ??= entries().then(([questions, sections]) => loadFaq(report, questions, sections)));
  // A saved file reaches Astro's content store a little after the gate has counted the change: the dev server
  // keeps its model while both the gate's verdict and every entry's digest stay the same.
  const [questions, sections] = await entries();
  const digests = [...questions, ...sections].map(({ id, digest }) => `${id}:${digest}`).join('\n');
  if (served?.report !== report || served.digests !== digests)
    served = { report, digests, faq: loadFaq(report, questions, sections) };
  return served.faq;
}

/**
 * Sections in reading order, each with its questions; throws the content gate's ContentError while the content has a
 * mistake.
 */
export const getFaq = async (): Promise<Section[]> => (await load()).sections;

/** Every fragment that lands somewhere (ids, aliases, Learn-style slugs, retired ids), mapped to its path. */
export const getAnchorMap = async (): Promise<Record<string, string>> => (await load()).anchors;

/** Question ids and aliases deliberately removed, each with its removal page. */
export const getRetiredIds = async (): Promise<Record<string, Removal>> => (await load()).retired;

/** Section ids deliberately removed, each with its page: a redirect to the section in its place, or a removal page. */
export const getRetiredSections = async (): Promise<Record<string, Removal>> => (await load()).retiredSections;
