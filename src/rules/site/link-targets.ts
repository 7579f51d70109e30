import { learnStyleSlugs } from '../../urls/learn-anchors.ts';
import { routeOf } from '../../urls/routes.ts';
import { didYouMean } from '../../pipeline/nearest.ts';
import { urlKind } from '../../urls/url-kind.ts';
import type { SiteModel, SiteRule } from './site-model.ts';

interface Targets {
  /** Section id -> every anchor on its page: question ids, aliases, Learn-style slugs, heading ids. */
  pages: Map<string, Set<string>>;
  /** Every fragment the site-wide anchor map lands, as /#fragment does. */
  anchors: Set<string>;
  /** What /q/<id>/ serves: question ids, aliases and retired ids. */
  permalinks: Set<string>;
  /** The section each question id and alias is on. */
  sectionOf: Map<string, string>;
}

function targetsOf(model: SiteModel): Targets {
  const questions = new Map(model.questions.map((q) => [q.id, q]));
  const sectionOf = new Map<string, string>();
  const pages = new Map(
    model.sections.map((section) => {
      const anchors = new Set(section.headings.map((heading) => heading.slug));
      for (const id of section.questions) {
        const question = questions.get(id);
        for (const anchor of [id, ...(question?.aliases ?? [])]) {
          anchors.add(anchor);
          sectionOf.set(anchor, section.id);
        }
        if (model.learnStyleAnchors && question?.text)
          for (const slug of learnStyleSlugs(question.text)) anchors.add(slug);
        for (const heading of question?.headings ?? []) anchors.add(heading.slug);
      }
      return [section.id, anchors];
    }),
  );
  const permalinks = new Set([
    ...model.questions.flatMap((q) => [q.id, ...q.aliases]),
    ...Object.keys(model.registry.retired),
  ]);
  const learn = model.learnStyleAnchors ? model.questions.flatMap((q) => (q.text ? learnStyleSlugs(q.text) : [])) : [];
  return { pages, permalinks, sectionOf, anchors: new Set([...permalinks, ...learn]) };
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
  const where = samePage ? "this section's page" : `section "${section}"`;
  return elsewhere
    ? `The link "${url}" points at "${anchor}", which is in section "${elsewhere}", not on ${where}. Link /q/${anchor}/ so it survives moves.`
    : `The link "${url}" points at no question of ${where}.${didYouMean(anchor, anchors)}`;
}

function linkProblem(url: string, targets: Targets, ownSection: string | undefined): string | undefined {
  const kind = urlKind(url);
  if (kind.kind !== 'site') return undefined;
  const { path, fragment } = kind;
  if (path === '') return fragment && ownSection ? anchorProblem(url, ownSection, fragment, targets, true) : undefined;
  if (path === '/')
    return fragment && !targets.anchors.has(fragment)
      ? `The link "${url}" points at an anchor that no question has.${didYouMean(fragment, targets.anchors)}`
      : undefined;
  const segments = path.split('/').slice(1);
  const route = routeOf(path);
  if (route?.name === 'q') {
    const id = segments[1] ?? '';
    if (!targets.permalinks.has(id))
      return `The link "${url}" points at no question: there is no id or alias "${id}".${didYouMean(id, targets.permalinks)}`;
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
  if (!targets.pages.has(section) || segments.length > 2 || (segments.length === 2 && segments[1] !== '')) {
    return `The link "${url}" points at no page of this site.${didYouMean(section, targets.pages.keys())}`;
  }
  if (!path.endsWith('/'))
    return `The link "${url}" lacks the trailing slash of the site's addresses: write /${section}/${fragment ? `#${fragment}` : ''}.`;
  return fragment ? anchorProblem(url, section, fragment, targets) : undefined;
}

/** Every link to this site (/q/<id>/, /<section>/#<id>, #<id>, /#<anchor>, its own pages) lands on something. */
export const linkTargets: SiteRule = (model) => {
  const targets = targetsOf(model);
  const sectionOfQuestion = new Map(model.sections.flatMap((s) => s.questions.map((id) => [id, s.id] as const)));
  const files = [
    ...model.questions.map((q) => ({ ...q, own: sectionOfQuestion.get(q.id) })),
    ...model.sections.map((s) => ({ ...s, own: s.id })),
  ];
  return files.flatMap((file) =>
    file.links.flatMap(({ url, line }) => {
      const message = linkProblem(url, targets, file.own);
      return message
        ? [
            {
              file: file.file,
              line,
              message,
              hint: 'Link a question as /q/<question-id>/ (it keeps working when the question moves), a section as /<section-id>/.',
            },
          ]
        : [];
    }),
  );
};
