import { checkContent } from '../gate/check-content.ts';
import type { ContentReport } from '../gate/content-report.ts';
import { ContentError } from '../pipeline/problems.ts';
import { retiredIds, type Removal } from '../schemas/published-ids.ts';
import { shownQuestion } from '../schemas/question-markdown.ts';
import { buildAnchorMap } from '../urls/anchor-map.ts';
import { contentDir } from '../settings/content-dir.ts';
import { site } from '../settings/site.ts';
import { paths } from '../settings/site-urls.ts';

/** A question as every part of the site knows it, straight from the content files the gate read. */
export interface FaqQuestion {
  id: string;
  /** The question as plain text: page titles, structured data, the feed, search, Learn-style anchors. */
  text: string;
  /** The question as HTML, its inline code in `<code>`: its heading and the lists that name it. */
  html: string;
  /** The answer as plain text, as a reader would read it aloud (for structured data, the feed and search). */
  answerText: string;
  aliases: string[];
  /**
   * Of its id and aliases, the one published first (published-ids.json lists them in the order they went live):
   * the question's lasting name, which a rename does not change (its feed entry's id).
   */
  firstId: string;
  /** Earlier wordings of the question, as plain text. */
  formerly: string[];
  /** The question as the upstream FAQ last worded it (upstream.json), if it was synced. */
  upstreamText: string | undefined;
  /** Sections the question was moved out of. */
  movedFrom: string[];
  /** Other ways readers ask it, which search finds it by. */
  alsoAsked: string[];
  section: { id: string; title: string };
}

export interface FaqSection {
  id: string;
  title: string;
  /** Its names on the source page, now and before (upstream.json): their Learn-style anchors land on it. */
  upstreamNames: string[] | undefined;
  summary: string | undefined;
  questions: FaqQuestion[];
}

export interface FaqModel {
  /** Sections in reading order, each with its questions in reading order. */
  sections: FaqSection[];
  /** The retired ids of questions and aliases, each with its removal page at `/q/<id>/`. */
  retired: Record<string, Removal>;
  /** The retired ids of sections, each with a page at `/<id>/`: a redirect to `section`, or a removal page. */
  retiredSections: Record<string, Removal>;
  /** Every fragment that lands somewhere (ids, aliases, Learn-style slugs, retired ids), mapped to its path. */
  anchors: Record<string, string>;
}

/** Of a question's names, the one published first (by its place in `published`); its own id while none is. */
function firstPublished(names: string[], published: Map<string, number>): string {
  const order = (name: string) => published.get(name) ?? Infinity;
  return names.reduce((first, name) => (order(name) < order(first) ? name : first));
}

/**
 * The FAQ as the content gate read it, without Astro's content layer: the pages add the rendered entries,
 * and the integrations that write what needs no rendering (search index, permalink pages) read it as is.
 * Only for content without problems: every listed id then has its file and every field its value.
 */
export function faqModel(report: ContentReport): FaqModel {
  const questions = new Map(report.questions.map((file) => [file.id, file]));
  const publishedOrder = new Map(report.registry.published.map((id, place) => [id, place]));
  const sections = report.sections
    .flatMap((file) => (file.data ? [{ file, data: file.data }] : []))
    .toSorted((a, b) => a.data.order - b.data.order)
    .map(({ file, data }): FaqSection => {
      const section = { id: file.id, title: data.title, upstreamNames: report.upstreamSectionNames.get(file.id) };
      return {
        ...section,
        summary: data.summary,
        questions: data.questions.map((id) => {
          const question = questions.get(id)!;
          return {
            id,
            ...shownQuestion(question.data!.question),
            answerText: question.facts?.plainText ?? '',
            aliases: question.data!.aliases,
            firstId: firstPublished([id, ...question.data!.aliases], publishedOrder),
            formerly: question.data!.formerly.map((wording) => shownQuestion(wording).text),
            upstreamText: report.upstreamTexts.get(id),
            movedFrom: question.data!.movedFrom,
            alsoAsked: question.data!.alsoAsked,
            section,
          };
        }),
      };
    });
  const retired = retiredIds(report.registry, 'question');
  const retiredSections = retiredIds(report.registry, 'section');
  const anchors = buildAnchorMap(
    sections,
    { retired, learnStyleAnchors: site.learnStyleAnchors, retiredSections },
    paths,
  );
  return { sections, retired, retiredSections, anchors };
}

/**
 * The model of the content folder, read through the content gate (each file once per process), for the
 * integrations that run outside Astro's pages; throws the gate's ContentError while the content has a mistake.
 */
export function readFaqModel(dir = contentDir()): FaqModel {
  const report = checkContent(dir);
  if (report.problems.length > 0) throw new ContentError(report.problems);
  return faqModel(report);
}
