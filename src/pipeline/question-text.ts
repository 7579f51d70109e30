import { markdownToMdast } from 'satteri';
import type { TreeNode } from './syntax-tree.ts';

/** Learn's Markdown on one line: emphasis and links give their words, raw HTML nothing, inline code `code(node)`. */
function lineOf(markdown: string, code: (node: TreeNode) => string): string {
  const textOf = (node: TreeNode): string =>
    node.type === 'text'
      ? (node.value ?? '')
      : node.type === 'inlineCode'
        ? code(node)
        : (node.children ?? []).map(textOf).join('');
  return textOf(markdownToMdast(markdown, { features: { gfm: true } }) as TreeNode)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Learn's Markdown as plain text, every run of spaces and line breaks one space, quotes as written. */
export const plainQuestion = (markdown: string): string => lineOf(markdown, (node) => node.value ?? '');

/**
 * A question written in Learn's Markdown as this site's questions are written: its inline code kept as written
 * (the site shows it as code), the rest plain text as `plainQuestion` gives it.
 */
export const siteQuestion = (markdown: string): string =>
  lineOf(markdown, (node) => markdown.slice(node.position!.start.offset, node.position!.end.offset));
