import { anchorsLandingOn } from '../../urls/anchor-map.ts';
import { learnStyleSlugs } from '../../urls/learn-anchors.ts';
import { routeOf } from '../../urls/routes.ts';
import { sitePaths } from '../../urls/site-paths.ts';
import { didYouMean } from '../../pipeline/nearest.ts';
import { urlKind } from '../../urls/url-kind.ts';
import { retiredIds } from '../../schemas/published-ids.ts';
import type { SiteModel, SiteRule } from './site-model.ts';

interface Targets {
  /** Section id -> every anchor on its page: the anchors the map lands there, and the headings' ids. */
  pages: Map<string, Set<string>>;
  /** Every fragment the site-wide anchor map lands, as /#fragment does. */
  anchors: Set<string>;
  /** What /q/<id>/ sends to a question: question ids and aliases. */
  permalinks: Set<string>;
  /** The retired ids, each with what published-ids.json keeps of it: /q/<id>/ serves its removal page. */
  removals: SiteModel['registry']['retired'];
  /** The retired sections, each with what published-ids.json keeps of it: /<id>/ sends readers on, or says it went. */
  sectionRemovals: SiteModel['registry']['retired'];
  /** Every fragment the anchor map sends to a removal page (a retired id, its last text's Learn-style anchors). */
  removed: Map<string, string>;
  /** The section each anchor of the map is on. */
  sectionOf: Map<string, string>;
  /** Why a fragment that looks like a question's Learn-style anchor lands nowhere, if it is one. */
  shared: (fragment: string) => string | undefined;
}

/** Where links may land: read from the anchor map the pages place and serve (src/urls/anchor-map.ts). */
function targetsOf(model: SiteModel): Targets {
  const questions = new Map(model.questions.map((question) => [question.id, question]));
  const listed = (ids: string[]) => ids.flatMap((id) => (questions.has(id) ? [questions.get(id)!] : []));
  const sections = model.sections.map((section) => ({ ...section, listed: listed(section.questions) }));
  const map = model.anchors;
  const pages = new Map(
    sections.map(({ id, headings, listed }) => [
      id,
      new Set([...headings, ...listed.flatMap((question) => question.headings)].map((heading) => heading.slug)),
    ]),
  );
  const sectionOf = new Map<string, string>();
  for (const [anchor, target] of Object.entries(map)) {
    const [path, fragment] = target.split('#');
    if (fragment === undefined) continue;
    const section = path!.slice(1, -1);
    pages.get(section)?.add(anchor);
    sectionOf.set(anchor, section);
  }
  const permalinks = new Set(model.questions.flatMap((q) => [q.id, ...q.aliases]));
  const removals = retiredIds(model.registry, 'question');
  const { permalinkPath } = sitePaths('/');
  const removed = new Map(
    Object.keys(removals).flatMap((id) => anchorsLandingOn(map, permalinkPath(id)).map((anchor) => [anchor, id])),
  );
  const shared = (fragment: string) => sharedSlug(model, fragment);
  const sectionRemovals = retiredIds(model.registry, 'section');
  return {
    pages,
    permalinks,
    removals,
    sectionRemovals,
    removed,
    sectionOf,
    shared,
    anchors: new Set(Object.keys(map)),
  };
}

/** Why a Learn-style anchor lands nowhere: it is the slug of several questions' text. */
function sharedSlug(model: SiteModel, fragment: string): string | undefined {
  if (!model.learnStyleAnchors) return undefined;
  const claiming = model.questions.filter(
    (question) => question.text && learnStyleSlugs(question.text).includes(fragment),
  );
  if (claiming.length < 2) return undefined;
  const ids = claiming.map((question) => question.id).join(', ');
  return `is the Learn-style anchor of ${claiming.length} questions (${ids}), so it lands on none of them`;
}

function anchorProblem(
  url: string,
  section: string,
  anchor: string,
  targets: Targets,
  samePage = false,
): string | undefined {
  const anchors = targets.pages.get(section)!;
  if (anchors.has(anchor)) return undefined;
  const elsewhere = targets.sectionOf.get(anchor);
  const shared = targets.shared(anchor);
  const where = samePage ? "this section's page" : `section "${section}"`;
  if (shared) return `The link "${url}" ${shared}.`;
  if (elsewhere) {
    const move = `Link /q/${anchor}/ so it survives moves.`;
    return `The link "${url}" points at "${anchor}", which is in section "${elsewhere}", not on ${where}. ${move}`;
  }
  return `The link "${url}" points at no question of ${where}.${didYouMean(anchor, anchors)}`;
}

function linkProblem(url: string, targets: Targets, ownSection: string | undefined): string | undefined {
  const kind = urlKind(url);
  if (kind.kind !== 'site') return undefined;
  const { path, fragment } = kind;
  if (path === '') return fragment && ownSection ? anchorProblem(url, ownSection, fragment, targets, true) : undefined;
  if (path === '/') {
    if (!fragment || targets.anchors.has(fragment)) return undefined;
    const shared = targets.shared(fragment);
    if (shared) return `The link "${url}" ${shared}.`;
    return `The link "${url}" points at an anchor that no question has.${didYouMean(fragment, targets.anchors)}`;
  }
  const segments = path.split('/').slice(1);
  const route = routeOf(path);
  if (route?.name === 'q') {
    const id = segments[1] ?? '';
    if (!targets.permalinks.has(id)) {
      const nearest = didYouMean(id, targets.permalinks);
      return `The link "${url}" points at no question: there is no id or alias "${id}".${nearest}`;
    }
    return path === `/q/${id}/` ? undefined : `The link "${url}" does not end where the page does: write /q/${id}/.`;
  }
  if (route) {
    const exact = route.kind === 'file' ? `/${route.name}` : `/${route.name}/`;
    if (!route.linkable)
      return `The link "${url}" points at the site's own machinery (/${route.name}), not at a page for readers.`;
    return path === exact || (route.kind === 'folder' && path.startsWith(exact))
      ? undefined
      : `The link "${url}" does not match the page's address: write ${exact}.`;
  }
  const section = segments[0]!;
  if (Object.hasOwn(targets.sectionRemovals, section)) {
    const successor = targets.sectionRemovals[section]!.section;
    return successor
      ? `The link "${url}" points at the retired section "${section}", whose address sends readers on to ` +
          `"${successor}": write /${successor}/${fragment ? `#${fragment}` : ''}.`
      : `The link "${url}" points at the retired section "${section}", whose page only says that it was removed.`;
  }
  if (!targets.pages.has(section) || segments.length > 2 || (segments.length === 2 && segments[1] !== '')) {
    return `The link "${url}" points at no page of this site.${didYouMean(section, targets.pages.keys())}`;
  }
  if (!path.endsWith('/')) {
    const address = `/${section}/${fragment ? `#${fragment}` : ''}`;
    return `The link "${url}" lacks the trailing slash of the site's addresses: write ${address}.`;
  }
  return fragment ? anchorProblem(url, section, fragment, targets) : undefined;
}

/**
 * The retired id a link lands on, in any form that links a question: /q/<id>/, or a fragment the anchor map sends to
 * its removal page, after / or a section's path or alone. Readers who follow it learn only that the question went.
 */
function retiredTarget(url: string, targets: Targets): string | undefined {
  const kind = urlKind(url);
  if (kind.kind !== 'site') return undefined;
  const route = routeOf(kind.path);
  if (route?.name === 'q') {
    const id = kind.path.split('/')[2] ?? '';
    return Object.hasOwn(targets.removals, id) ? id : undefined;
  }
  return route || !kind.fragment ? undefined : targets.removed.get(kind.fragment);
}

function retiredProblem(url: string, id: string, targets: Targets) {
  const { question } = targets.removals[id]!;
  const named = question ? `"${id}" (${question})` : `"${id}"`;
  return {
    message:
      `The link "${url}" points at the retired question ${named}: ` +
      'readers who follow it land on "This question was removed".',
    hint:
      'Link the question that replaces it (/q/<question-id>/), or remove the link. ' +
      "The removal page stays for readers' old links.",
  };
}

const hint =
  'Link a question as /q/<question-id>/ (it keeps working when the question moves), a section as /<section-id>/.';

/**
 * Every link to this site (/q/<id>/, /<section>/#<id>, #<id>, /#<anchor>, its own pages) lands on something, and not
 * on the removal page of a retired question.
 */
export const linkTargets: SiteRule = (model) => {
  const targets = targetsOf(model);
  const sectionOfQuestion = new Map(model.sections.flatMap((s) => s.questions.map((id) => [id, s.id] as const)));
  const files = [
    ...model.questions.map((q) => ({ ...q, own: sectionOfQuestion.get(q.id) })),
    ...model.sections.map((s) => ({ ...s, own: s.id })),
  ];
  return files.flatMap((file) =>
    file.links.flatMap(({ url, line }) => {
      const retired = retiredTarget(url, targets);
      if (retired) return [{ file: file.file, line, ...retiredProblem(url, retired, targets) }];
      const message = linkProblem(url, targets, file.own);
      return message ? [{ file: file.file, line, message, hint }] : [];
    }),
  );
};
