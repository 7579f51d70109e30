import { learnStyleSlugs } from './learn-anchors.ts';
import type { SitePaths } from './site-paths.ts';

/** What the anchor map is made from: the sections in reading order, each with its questions. */
export interface AnchoredSection {
  id: string;
  questions: { id: string; text?: string | undefined; aliases: readonly string[] }[];
}

export interface AnchorMapOptions {
  /** The ids retired on purpose: each lands on its removal page. */
  retired: Iterable<string>;
  /** Also map the anchors the source page derived from question text. */
  learnStyleAnchors: boolean;
}

/**
 * Every fragment that must land somewhere, mapped to the path it lands on: question ids and aliases first,
 * then Learn-style slugs (dropped when two questions claim the same one), then retired ids. The pages place
 * these anchors and serve the map; the link check accepts exactly these fragments.
 */
export function buildAnchorMap(
  sections: readonly AnchoredSection[],
  options: AnchorMapOptions,
  paths: Pick<SitePaths, 'questionPath' | 'permalinkPath'>,
): Record<string, string> {
  const map: Record<string, string> = {};
  const questions = sections.flatMap((section) =>
    section.questions.map((question) => ({ ...question, path: paths.questionPath({ ...question, section }) })),
  );
  for (const question of questions) map[question.id] = question.path;
  for (const question of questions) for (const alias of question.aliases) map[alias] ??= question.path;

  if (options.learnStyleAnchors) {
    const claims = new Map<string, Set<string>>();
    for (const question of questions) {
      for (const slug of question.text ? learnStyleSlugs(question.text) : []) {
        claims.set(slug, (claims.get(slug) ?? new Set()).add(question.path));
      }
    }
    for (const [slug, targets] of claims) {
      if (targets.size === 1 && !(slug in map)) map[slug] = [...targets][0]!;
    }
  }

  for (const id of options.retired) map[id] ??= paths.permalinkPath(id);
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
