import type { TreeNode } from '../pipeline/syntax-tree.ts';
import type { TextEdit } from './text-edits.ts';

/** Learn's callout kinds (`> [!NOTE]`), each with the label it gets inside the site's one callout, `<Note>`. */
const KINDS: Record<string, string | undefined> = {
  NOTE: undefined,
  TIP: 'Tip',
  IMPORTANT: 'Important',
  WARNING: 'Warning',
  CAUTION: 'Caution',
};

/** The kind of callout a blockquote is, from the `[!KIND]` its first paragraph opens with. */
function calloutKind(node: TreeNode): string | undefined {
  const first = node.children?.[0]?.type === 'paragraph' ? node.children[0].children?.[0] : undefined;
  if (first?.type !== 'text') return undefined;
  const kind = /^\[!([A-Za-z]+)\]/.exec(first.value ?? '')?.[1]?.toUpperCase();
  return kind && kind in KINDS ? kind : undefined;
}

/** A line of the blockquote without its indentation and its `>` marker (a lazy continuation line has none). */
const unquote = (line: string, indent: number) => {
  const rest = line.slice(Math.min(indent, line.length - line.trimStart().length));
  return rest.startsWith('>') ? rest.slice(rest.startsWith('> ') ? 2 : 1) : rest;
};

/**
 * Each of Learn's callouts (a blockquote opening with `[!NOTE]`, `[!TIP]`, …) as the site's `<Note>`, at the
 * blockquote's indentation (inside a list item too); a kind other than a note keeps its name in bold.
 */
export function calloutEdits(text: string, root: TreeNode): TextEdit[] {
  const edits: TextEdit[] = [];
  const visit = (node: TreeNode) => {
    const kind = node.type === 'blockquote' ? calloutKind(node) : undefined;
    if (!kind) {
      for (const child of node.children ?? []) visit(child);
      return;
    }
    const start = node.position!.start.offset;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const indent = text.slice(lineStart, start);
    // A callout inside another blockquote keeps Learn's form: the outer quote's markers are on its lines.
    if (indent.trim() !== '') return;
    const lines = text
      .slice(lineStart, node.position!.end.offset)
      .split('\n')
      .map((line) => unquote(line, indent.length));
    const opening = lines[0]!.replace(/^\[![A-Za-z]+\]\s*/, '');
    const label = KINDS[kind];
    const inner = [...(opening ? [opening] : []), ...lines.slice(1)];
    if (label) inner[0] = `**${label}:** ${inner[0] ?? ''}`;
    const body = inner.map((line) => (line === '' ? '' : `${indent}${line}`)).join('\n');
    edits.push({
      start: lineStart,
      end: node.position!.end.offset,
      text: `${indent}<Note>\n${body}\n${indent}</Note>`,
    });
  };
  visit(root);
  return edits;
}
