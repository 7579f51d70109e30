import { readFileSync } from 'node:fs';
import { htmlToHast } from 'satteri';

/** A node of a built page, parsed as a browser parses it. */
export interface HtmlNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
  value?: string;
}

export const parsePage = (html: string) => htmlToHast(html) as HtmlNode;
export const readPage = (file: string) => parsePage(readFileSync(file, 'utf8'));

/** Every element below `node` (itself included) that matches. */
export function findAll(node: HtmlNode, match: (element: HtmlNode) => boolean): HtmlNode[] {
  const found = node.type === 'element' && match(node) ? [node] : [];
  return [...found, ...(node.children ?? []).flatMap((child) => findAll(child, match))];
}

export const byTag = (tagName: string) => (element: HtmlNode) => element.tagName === tagName;

/** The value of an attribute as the page writes it (hast keeps some as lists of tokens). */
export const attribute = (element: HtmlNode | undefined, name: string) => {
  const value = element?.properties?.[name];
  return value === undefined ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};

/** The text of a node as the reader sees it, entities decoded. */
export const textOf = (node: HtmlNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/** The answer of a question on its section page. */
export function answerOf(page: HtmlNode, id: string): HtmlNode {
  const [section] = findAll(page, (element) => element.properties?.['dataQuestion'] === id);
  const [answer] = findAll(
    section!,
    (element) => (element.properties?.['className'] as string[] | undefined)?.includes('answer') ?? false,
  );
  return answer!;
}
