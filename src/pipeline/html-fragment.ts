import { htmlToHast } from 'satteri';
import { find, html } from 'property-information';

/** An element of raw HTML, with its attributes as written in HTML (`class`, `onclick`, `colspan`). */
export interface HtmlElement {
  name: string;
  attributes: Record<string, string>;
}

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

/** The elements an answer may write that are blocks: a line of text cannot hold them, and their text stands apart. */
export const blockElements = new Set(
  [
    'blockquote caption col colgroup dd details div dl dt figcaption figure h3 h4 h5 h6 hr li ol p pre summary',
    'table tbody td tfoot th thead tr ul',
  ]
    .join(' ')
    .split(' '),
);

const attributeValue = (value: unknown) =>
  Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value);

/**
 * Parses a piece of raw HTML as a browser would (Sätteri's HTML parser), and gives its elements, in order,
 * and its text. Entities are decoded, so `&#106;avascript:` reads as what the browser would follow.
 */
export function parseHtmlFragment(source: string): { elements: HtmlElement[]; text: string } {
  const elements: HtmlElement[] = [];
  let text = '';
  const visit = (node: HastNode) => {
    if (node.type === 'text') text += node.value ?? '';
    if (node.type === 'element' && node.tagName) {
      const attributes = Object.fromEntries(
        Object.entries(node.properties ?? {}).map(([property, value]) => [
          find(html, property).attribute,
          attributeValue(value),
        ]),
      );
      elements.push({ name: node.tagName, attributes });
    }
    node.children?.forEach(visit);
  };
  visit(htmlToHast(source, { fragment: true }) as HastNode);
  return { elements, text };
}

/** An attribute as HTML writes it, from the way JSX may write it (`className` → `class`, `onClick` → `onclick`). */
export const htmlAttributeName = (name: string) => find(html, name).attribute;
