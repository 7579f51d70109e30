import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';

// Nodes whose text is not what the reader reads: import/export lines, expressions, comments, frontmatter.
const skipped = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'yaml', 'toml', 'definition']);
// Nodes that end a run of text, so the words on either side do not run together.
const blocks = new Set(['paragraph', 'heading', 'listItem', 'code', 'blockquote', 'tableCell', 'break', 'thematicBreak']);

function collect(node: MdastNode, out: string[]) {
  if (skipped.has(node.type)) return;
  if ('value' in node && typeof node.value === 'string') out.push(node.value);
  if ('alt' in node && typeof node.alt === 'string') out.push(node.alt);
  if ('children' in node) for (const child of node.children as MdastNode[]) collect(child, out);
  if (blocks.has(node.type)) out.push('\n');
}

/**
 * An answer's text as the reader reads it, from its Markdown or MDX source read as a tree: the words of
 * paragraphs, lists, links, code and components such as `<Note>`, without markup, one line per block.
 */
export function plainText(source: string, format: 'md' | 'mdx'): string {
  const tree = format === 'mdx' ? mdxToMdast(source) : markdownToMdast(source);
  const parts: string[] = [];
  collect(tree, parts);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
