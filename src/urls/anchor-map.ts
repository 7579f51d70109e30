import { learnStyleSlugs } from './learn-anchors.ts';
import { indexAnchor, sectionAnchor } from './section-anchor.ts';
import type { SitePaths } from './site-paths.ts';

/** What the anchor map is made from: the sections in reading order, each with its questions. */
export interface AnchoredSection {
  id: string;
  /** The section's title, whose Learn-style slugs land on its page (a link to the source page's heading). */
  title?: string | undefined;
  /** Its names on the source page, now and before (upstream.json), whose slugs land on its page too. */
  upstreamNames?: readonly string[] | undefined;
  questions: {
    id: string;
    text?: string | undefined;
    aliases: readonly string[];
    /** Earlier wordings of the question, whose Learn-style slugs land on it too. */
    formerly?: readonly string[] | undefined;
    /** The question as the source page last worded it (upstream.json), whose slugs stay however the site words it. */
    upstreamText?: string | undefined;
  }[];
}

export interface AnchorMapOptions {
  /** The ids retired on purpose, each with the question's last text if known: both land on its removal page. */
  retired: Record<string, { question?: string | undefined }>;
  /** Also map the anchors the source page derived from question text. */
  learnStyleAnchors: boolean;
  /**
   * The retired sections, each with the section that took its place, which their headings' anchors follow, and
   * their titles, whose Learn-style anchors land where their address does.
   */
  retiredSections?: Record<string, { section?: string | undefined; titles?: readonly string[] | undefined }>;
}

/** Adds each slug claimed by exactly one path and not yet in the map. */
function addUnclaimed(map: Record<string, string>, texts: { texts: readonly string[]; path: string }[]) {
  const claims = new Map<string, Set<string>>();
  for (const { texts: wordings, path } of texts) {
    for (const slug of wordings.flatMap(learnStyleSlugs)) claims.set(slug, (claims.get(slug) ?? new Set()).add(path));
  }
  for (const [slug, targets] of claims) {
    if (targets.size === 1 && !(slug in map)) map[slug] = [...targets][0]!;
  }
}

/**
 * Every fragment that must land somewhere, mapped to the path it lands on: question ids and aliases first,
 * then Learn-style slugs of the questions' texts, of their earlier wordings and the source page's, then retired
 * ids and the slugs of their last texts, then the slugs of the sections' titles, landing on the section's page,
 * then those of retired sections' titles, landing where their address does (each kind dropped when two claim the
 * same slug, and never taking a fragment an earlier kind has). The pages place these anchors and serve the map;
 * the link check accepts exactly these.
 */
export function buildAnchorMap(
  sections: readonly AnchoredSection[],
  options: AnchorMapOptions,
  paths: Pick<SitePaths, 'questionPath' | 'sectionPath' | 'permalinkPath' | 'homePath' | 'allQuestionsPath'>,
): Record<string, string> {
  // Without a prototype, "constructor" (a valid id) is a fragment like any other, not one the map already holds.
  const map: Record<string, string> = Object.create(null);
  const questions = sections.flatMap((section) =>
    section.questions.map((question) => ({ ...question, path: paths.questionPath({ ...question, section }) })),
  );
  for (const question of questions) map[question.id] = question.path;
  for (const question of questions) for (const alias of question.aliases) map[alias] ??= question.path;

  const retired = Object.entries(options.retired).map(([id, { question }]) => ({ id, question }));
  if (options.learnStyleAnchors) {
    addUnclaimed(
      map,
      questions.map(({ text, path }) => ({ texts: text ? [text] : [], path })),
    );
    addUnclaimed(
      map,
      questions.map(({ formerly, upstreamText, path }) => ({
        texts: [...(formerly ?? []), ...(upstreamText ? [upstreamText] : [])],
        path,
      })),
    );
  }
  for (const { id } of retired) map[id] ??= paths.permalinkPath(id);
  // A section's heading in the index and on the page of all questions: a link to the old one finds the new one.
  const retiredSections = Object.entries(options.retiredSections ?? {});
  for (const [id, { section: target }] of retiredSections) {
    if (!target) continue;
    map[indexAnchor(id)] ??= `${paths.homePath()}#${indexAnchor(target)}`;
    map[sectionAnchor(id)] ??= `${paths.allQuestionsPath()}#${sectionAnchor(target)}`;
  }
  if (options.learnStyleAnchors) {
    // A question's aliases are retired with its text: the text is one question's, landing on the first removal page.
    const removals = new Map<string, string>();
    for (const { id, question } of retired) if (question && !removals.has(question)) removals.set(question, id);
    addUnclaimed(
      map,
      [...removals].map(([question, id]) => ({ texts: [question], path: paths.permalinkPath(id) })),
    );
    addUnclaimed(
      map,
      sections.map(({ id, title, upstreamNames }) => ({
        texts: [...(title ? [title] : []), ...(upstreamNames ?? [])],
        path: paths.sectionPath(id),
      })),
    );
    addUnclaimed(
      map,
      retiredSections.map(([id, { section, titles }]) => ({
        texts: titles ?? [],
        path: paths.sectionPath(section ?? id),
      })),
    );
  }
  return map;
}

const byTarget = new WeakMap<Record<string, string>, Map<string, string[]>>();

/** The anchors of the map that land on `path`, in the map's order; the map is inverted once, not scanned per call. */
export function anchorsLandingOn(map: Record<string, string>, path: string): string[] {
  let inverted = byTarget.get(map);
  if (!inverted) {
    inverted = new Map();
    for (const [anchor, target] of Object.entries(map)) inverted.set(target, [...(inverted.get(target) ?? []), anchor]);
    byTarget.set(map, inverted);
  }
  return inverted.get(path) ?? [];
}
