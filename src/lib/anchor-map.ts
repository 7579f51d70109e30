import type { PublishedIds } from '../schemas/published-ids.ts';
import { learnStyleSlugs } from './anchors.ts';
import type { FaqSection } from './faq-model.ts';
import { permalinkPath, questionPath } from './urls.ts';

export interface AnchorMapOptions {
  retired: PublishedIds['retired'];
  /** Also map the anchors the source page derived from question text. */
  learnStyleAnchors: boolean;
}

/**
 * Every fragment that must land somewhere, mapped to where it lands: question ids and aliases first,
 * then Learn-style slugs (dropped when two questions would claim the same one), then retired ids.
 */
export function buildAnchorMap(sections: FaqSection[], options: AnchorMapOptions): Record<string, string> {
  const map: Record<string, string> = {};
  const questions = sections.flatMap((section) => section.questions);
  for (const question of questions) map[question.id] = questionPath(question);
  for (const question of questions) for (const alias of question.aliases) map[alias] ??= questionPath(question);

  if (options.learnStyleAnchors) {
    const claims = new Map<string, Set<string>>();
    for (const question of questions) {
      for (const slug of learnStyleSlugs(question.text)) {
        claims.set(slug, (claims.get(slug) ?? new Set()).add(questionPath(question)));
      }
    }
    for (const [slug, targets] of claims) {
      if (targets.size === 1 && !(slug in map)) map[slug] = [...targets][0]!;
    }
  }

  for (const id of Object.keys(options.retired)) map[id] ??= permalinkPath(id);
  return map;
}

const byTarget = new WeakMap<Record<string, string>, Map<string, string[]>>();

/** The anchors besides its id that land on a question, to place next to its heading. The map is inverted once, not scanned per question. */
export function extraAnchors(map: Record<string, string>, question: { id: string; section: { id: string } }): string[] {
  let inverted = byTarget.get(map);
  if (!inverted) {
    inverted = new Map();
    for (const [anchor, target] of Object.entries(map)) inverted.set(target, [...(inverted.get(target) ?? []), anchor]);
    byTarget.set(map, inverted);
  }
  return (inverted.get(questionPath(question)) ?? []).filter((anchor) => anchor !== question.id);
}
