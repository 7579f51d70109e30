import type { ContentProblem } from '../content-error.ts';
import { didYouMean } from './nearest.ts';
import { proseOnly, type SourceFile } from './source-file.ts';

/** What internal links may point at. */
export interface LinkTargets {
  /** Section id -> the anchors on its page (question ids and aliases). */
  sections: Map<string, Set<string>>;
  /** Every question id and alias, and retired ids: what /q/<id>/ serves. */
  permalinks: Set<string>;
  /** Section of each question id and alias. */
  sectionOf: Map<string, string>;
}

const STATIC_PAGES = new Set(['/', '/search/']);

function linkProblem(target: string, targets: LinkTargets, ownSection: string | undefined): string | undefined {
  const [pathAndQuery = '', anchor] = target.split('#');
  const path = pathAndQuery.split('?')[0]!;
  if (path === '') {
    const anchors = ownSection ? targets.sections.get(ownSection) : undefined;
    if (anchor && anchors && !anchors.has(anchor)) {
      return `The link "#${anchor}" matches no question on this section's page.${didYouMean(anchor, anchors)}`;
    }
    return undefined;
  }
  if (STATIC_PAGES.has(path)) return undefined;
  const permalink = /^\/q\/([^/]+)\/?$/.exec(path);
  if (permalink) {
    const id = permalink[1]!;
    return targets.permalinks.has(id) ? undefined : `The link "${target}" points at no question: there is no id or alias "${id}".${didYouMean(id, targets.permalinks)}`;
  }
  const section = /^\/([^/]+)\/?$/.exec(path)?.[1];
  const anchors = section ? targets.sections.get(section) : undefined;
  if (!section || !anchors) {
    return `The link "${target}" points at no page of this site.${didYouMean(section ?? path, targets.sections.keys())}`;
  }
  if (anchor && !anchors.has(anchor)) {
    const elsewhere = targets.sectionOf.get(anchor);
    return elsewhere
      ? `The link "${target}" points at "${anchor}", which is in section "${elsewhere}", not "${section}". Link /q/${anchor}/ so it survives moves.`
      : `The link "${target}" points at no question of section "${section}".${didYouMean(anchor, anchors)}`;
  }
  return undefined;
}

/** Internal links in a body that lead nowhere: to a missing section, question or anchor. */
export function linkProblems(source: SourceFile, targets: LinkTargets, ownSection: string | undefined): ContentProblem[] {
  const prose = proseOnly(source.body);
  const problems: ContentProblem[] = [];
  for (const match of prose.matchAll(/\]\(\s*<?((?:\/|#)[^)\s>]*)|\bhref\s*=\s*["']((?:\/|#)[^"']*)["']/g)) {
    const target = match[1] ?? match[2]!;
    const message = linkProblem(target, targets, ownSection);
    if (message) {
      problems.push({
        file: source.file,
        line: source.bodyLine(match.index),
        message,
        hint: 'Link a question as /q/<question-id>/ (it keeps working when the question moves), a section as /<section-id>/.',
      });
    }
  }
  return problems;
}
