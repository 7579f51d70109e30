import type { TreeNode } from './syntax-tree.ts';

/** A stretch of an MDX answer that reads the same as Markdown, as written in the file. */
export interface MarkdownPart {
  markdown: string;
}

/** A component of an MDX answer (`<Note>…</Note>`), with its attributes and its content as Markdown. */
export interface ComponentPart extends MarkdownPart {
  /** As written in JSX: `Note`, a file of src/components/answer/. */
  component: string;
  /** Each attribute's text; `true` for one written without a value (`<Note open>`), as JSX reads it. */
  attributes: Record<string, string | true>;
}

export type AnswerPart = MarkdownPart | ComponentPart;

/** A part as the content loader stores it, rendered: what EntryContent.astro puts on the page. */
export type RenderedPart = { html: string } | (Omit<ComponentPart, 'markdown'> & { html: string });

const isComponent = (node: TreeNode) => node.type === 'mdxJsxFlowElement' && /^[A-Z]/.test(node.name ?? '');
const isComment = (node: TreeNode) =>
  node.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '');
const start = (node: TreeNode) => node.position!.start.offset;
const end = (node: TreeNode) => node.position!.end.offset;

function definitions(node: TreeNode, found: TreeNode[] = []): TreeNode[] {
  if (node.type === 'definition') found.push(node);
  for (const child of node.children ?? []) definitions(child, found);
  return found;
}

/**
 * An MDX answer as the Markdown between its components and inside them, when every component stands on its
 * own at the top level of the answer (not inside a list, a quote or a line of text) and takes only text
 * attributes: the Markdown pipeline then renders each part, and the page puts the components around them,
 * so the answer costs no module to bundle. Each part carries the answer's link definitions, which Markdown
 * resolves within one document. Undefined when the answer is shaped otherwise, or when a part would not read
 * the same as Markdown (`readsAsMarkdown`): it then stays an MDX module.
 */
export function answerParts(
  root: TreeNode,
  text: string,
  readsAsMarkdown: (markdown: string) => boolean,
): AnswerPart[] | undefined {
  const references = definitions(root)
    .map((node) => text.slice(start(node), end(node)))
    .join('\n');
  const withReferences = (markdown: string) => (references ? `${markdown}\n\n${references}\n` : markdown);
  const parts: AnswerPart[] = [];
  let stretch: TreeNode[] = [];
  const closeStretch = () => {
    if (stretch.length > 0)
      parts.push({ markdown: withReferences(text.slice(start(stretch[0]!), end(stretch.at(-1)!))) });
    stretch = [];
  };
  for (const node of root.children ?? []) {
    if (node.type === 'yaml' || isComment(node)) {
      closeStretch();
    } else if (node.type === 'definition') {
      // Every part carries them.
    } else if (isComponent(node)) {
      closeStretch();
      const attributes: ComponentPart['attributes'] = {};
      for (const { type, name, value } of node.attributes ?? []) {
        if (type !== 'mdxJsxAttribute' || !(typeof value === 'string' || value === null || value === undefined))
          return undefined;
        attributes[name!] = value ?? true;
      }
      const children = node.children ?? [];
      const markdown = children.length > 0 ? text.slice(start(children[0]!), end(children.at(-1)!)) : '';
      parts.push({ component: node.name!, attributes, markdown: markdown && withReferences(markdown) });
    } else {
      stretch.push(node);
    }
  }
  closeStretch();
  return parts.every((part) => readsAsMarkdown(part.markdown)) ? parts : undefined;
}
