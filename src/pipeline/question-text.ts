import { markdownToMdast } from 'satteri';
import type { TreeNode } from '../pipeline/syntax-tree.ts';

const textOf = (node: TreeNode): string =>
  node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/**
 * A question written in Learn's Markdown as the plain text this site's questions are: inline code, emphasis
 * and links give their text, every run of spaces and line breaks one space. Quotes stay as written (no smart
 * punctuation: the site's pages add that themselves).
 */
export function plainQuestion(markdown: string): string {
  return textOf(markdownToMdast(markdown, { features: { gfm: true } }) as TreeNode)
    .replace(/\s+/g, ' ')
    .trim();
}
