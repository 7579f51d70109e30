import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, findAll, readPage, textOf, type HtmlNode } from './html.ts';

/**
 * Where a URL must land: on a question (by id) or, once it is retired, on its removal page; or, for a section's
 * anchor, on the section's page, or where its retired address sends the reader.
 */
export interface Landing {
  id: string;
  section?: boolean;
  /** Whether it landed without JavaScript when it was first seen working. */
  withoutJavaScript: boolean;
}

/** A built site read from its files: its anchor map, and its pages on demand. */
export interface BuiltSite {
  dir: string;
  anchors: Record<string, string>;
  page(path: string): HtmlNode | undefined;
  /** Where each live question is now (`/<section>/#<id>`), and which ids have a removal page. */
  homes: Map<string, string>;
  retired: Set<string>;
}

/** The chain of elements from the root to the element with this id, or none. */
function pathTo(node: HtmlNode, id: string, chain: HtmlNode[] = []): HtmlNode[] | undefined {
  if (node.type === 'element' && attribute(node, 'id') === id) return [...chain, node];
  for (const child of node.children ?? []) {
    const found = pathTo(child, id, node.type === 'element' ? [...chain, node] : chain);
    if (found) return found;
  }
  return undefined;
}

const isRemovalPage = (page: HtmlNode) =>
  findAll(page, (e) => e.tagName === 'h1').some((h) => textOf(h) === 'This question was removed');

export function readBuiltSite(dir: string): BuiltSite {
  const pages = new Map<string, HtmlNode | undefined>();
  const page = (path: string) => {
    if (!pages.has(path)) {
      const file = join(dir, path, 'index.html');
      pages.set(path, existsSync(file) ? readPage(file) : undefined);
    }
    return pages.get(path);
  };
  const anchors = JSON.parse(readFileSync(join(dir, 'anchors.json'), 'utf8')) as Record<string, string>;
  const homes = new Map<string, string>();
  for (const path of new Set(Object.values(anchors).map((target) => target.split('#')[0]!))) {
    if (path.startsWith('/q/')) continue;
    for (const block of findAll(page(path)!, (e) => attribute(e, 'dataQuestion') !== undefined))
      homes.set(attribute(block, 'dataQuestion')!, `${path}#${attribute(block, 'dataQuestion')}`);
  }
  const retired = new Set(
    readdirSync(join(dir, 'q')).filter((id) => !homes.has(id) && isRemovalPage(page(`/q/${id}/`)!)),
  );
  return { dir, anchors, page, homes, retired };
}

/** Where a question or retired id is now: its place on its section page, or its removal page. */
export const placeOf = (site: BuiltSite, id: string) =>
  site.homes.get(id) ?? (site.retired.has(id) ? `/q/${id}/` : undefined);

/** Where a section's address leads now: its page, or the section its retired address's redirect names. */
export function sectionPlace(site: BuiltSite, id: string): string | undefined {
  const page = site.page(`/${id}/`);
  if (!page) return undefined;
  const refresh = findAll(page, (e) => attribute(e, 'httpEquiv') === 'refresh').map((e) => attribute(e, 'content'));
  return refresh[0]?.split('url=')[1] ?? `/${id}/`;
}

/** The question an element of a section page lands the reader on: its own block's, or the one a pointer leads to. */
function landsOn(chain: HtmlNode[]): { question?: string | undefined; pointer?: string | undefined } {
  const block = chain.findLast((e) => attribute(e, 'dataQuestion') !== undefined);
  if (block) return { question: attribute(block, 'dataQuestion') };
  const departed = chain.findLast((e) => attribute(e, 'dataDeparted') !== undefined);
  const [link] = departed ? findAll(departed, (e) => e.tagName === 'a') : [];
  return { pointer: attribute(link, 'href') };
}

/**
 * Why a URL does not land where it must in the built files, or undefined when it does: `/q/<id>/` by its
 * redirect (or as the removal page), `/<section>/#<anchor>` by an element of that page (the question's block,
 * or a pointer that leads on to it), and, with JavaScript, by the anchor map on a miss or a pointer.
 */
export function landingProblem(
  site: BuiltSite,
  url: string,
  { id, section }: Landing,
  javaScript: boolean,
): string | undefined {
  const place = section ? sectionPlace(site, id) : placeOf(site, id);
  if (!place) return `${url}: "${id}" is neither a question nor retired any more`;
  const [path, fragment] = url.split('#') as [string, string | undefined];
  const page = site.page(path);
  if (!page) return `${url}: there is no page ${path}`;
  if (section) {
    const mapped = site.anchors[fragment ?? ''];
    return mapped === place ? undefined : `${url}: the anchor map sends it to ${mapped}, not to ${place}`;
  }
  if (path.startsWith('/q/')) {
    if (place === path) return isRemovalPage(page) ? undefined : `${url}: not the removal page of "${id}"`;
    const refresh = findAll(page, (e) => attribute(e, 'httpEquiv') === 'refresh').map((e) => attribute(e, 'content'));
    return refresh[0]?.endsWith(`url=${place}`) ? undefined : `${url}: redirects to ${refresh[0]}, not to ${place}`;
  }
  const chain = fragment ? pathTo(page, fragment) : undefined;
  const { question, pointer } = chain ? landsOn(chain) : {};
  if (question !== undefined) return question === id ? undefined : `${url}: lands on "${question}", not "${id}"`;
  if (!javaScript)
    return pointer === place
      ? undefined
      : `${url}: without JavaScript, ${pointer ? `points to ${pointer}` : 'lands on nothing'}`;
  const mapped = site.anchors[fragment ?? ''];
  return mapped === place ? undefined : `${url}: the anchor map sends it to ${mapped}, not to ${place}`;
}

/**
 * Every URL that lands on a question, a removal page or a section now, and where: ids, aliases, Learn anchors,
 * permalinks.
 */
export function workingUrls(site: BuiltSite): Map<string, Landing> {
  const urls = new Map<string, Landing>();
  for (const [id, place] of site.homes) {
    const [path] = place.split('#') as [string];
    const [block] = findAll(site.page(path)!, (e) => attribute(e, 'dataQuestion') === id);
    // The question's own anchors: its heading's id and the aliases placed beside it (not headings inside its answer).
    const own = (e: HtmlNode) =>
      attribute(e, 'id') !== undefined && /\b(question-heading|question-alias)\b/.test(attribute(e, 'className') ?? '');
    for (const element of findAll(block!, own)) {
      const anchor = attribute(element, 'id')!;
      urls.set(`${path}#${anchor}`, { id, withoutJavaScript: true });
      if (existsSync(join(site.dir, 'q', anchor, 'index.html')))
        urls.set(`/q/${anchor}/`, { id, withoutJavaScript: true });
    }
  }
  for (const id of site.retired) urls.set(`/q/${id}/`, { id, withoutJavaScript: true });
  for (const [anchor, target] of Object.entries(site.anchors)) {
    if (!target.includes('#') && !target.startsWith('/q/')) {
      urls.set(`/#${anchor}`, { id: target.slice(1, -1), section: true, withoutJavaScript: false });
      continue;
    }
    const id = target.startsWith('/q/') ? target.slice(3, -1) : target.split('#')[1]!;
    urls.set(`/#${anchor}`, { id, withoutJavaScript: false });
  }
  return urls;
}

/** The question whose block holds the URL's fragment on its page, where the reader stays without any script. */
export function blockOf(site: BuiltSite, url: string): string | undefined {
  const [path, fragment] = url.split('#') as [string, string | undefined];
  const page = fragment ? site.page(path) : undefined;
  const chain = page ? pathTo(page, fragment!) : undefined;
  return chain ? landsOn(chain).question : undefined;
}
