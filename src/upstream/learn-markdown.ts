import { markdownToMdast } from 'satteri';
import type { TreeNode } from '../pipeline/syntax-tree.ts';
import { calloutEdits } from './learn-callouts.ts';
import { siteCodeLanguage } from './code-languages.ts';
import { learnAddress } from './learn-links.ts';
import { applyEdits, type TextEdit } from './text-edits.ts';

/** An answer from a Learn FAQ, written the way this site's answers are. */
export interface SiteAnswer {
  /** The body of the question file. */
  body: string;
  /** Whether it uses a component (`<Note>`), so that its file must be `.mdx`. */
  usesComponents: boolean;
  /** What the conversion changed that a maintainer should know of, one sentence each. */
  notices: string[];
}

type Node = TreeNode & { title?: string | null; lang?: string | null; label?: string | null };

const parse = (text: string) => markdownToMdast(text, { features: { gfm: true } }) as Node;

const offsets = (node: Node) => [node.position!.start.offset, node.position!.end.offset] as const;

/** The `](…)` of an inline link or image rewritten to `url`; none for a reference (`[x][ref]`): its definition is. */
function destinationEdit(text: string, node: Node, url: string): TextEdit[] {
  const [start, end] = offsets(node);
  // The label ends where its last child does (just after "[" or "![" when it has none); "](" follows it.
  const labelEnd = node.children?.at(-1)?.position?.end.offset ?? start + (node.type === 'image' ? 2 : 1);
  const close = text.indexOf('](', labelEnd);
  if (close === -1 || close >= end) return [];
  const title = node.title ? ` ${JSON.stringify(node.title)}` : '';
  return [{ start: close, end, text: `](${url}${title})` }];
}

/** Links, link definitions and images with Learn's addresses made absolute; code fences with the site's names. */
function addressEdits(text: string, page: string, notices: string[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const visit = (node: Node) => {
    if (node.type === 'link' && text[node.position!.start.offset] === '[') {
      const url = learnAddress(node.url ?? '', page);
      if (url !== node.url) edits.push(...destinationEdit(text, node, url));
      return;
    }
    if (node.type === 'image') {
      // The site serves no image from another host: the picture becomes a link to it.
      const url = learnAddress(node.url ?? '', page);
      const [start] = offsets(node);
      edits.push({ start, end: start + 1, text: '' }, ...destinationEdit(text, node, url));
      notices.push(`The image "${node.alt ?? ''}" became a link to ${url}.`);
      return;
    }
    if (node.type === 'definition') {
      const [start, end] = offsets(node);
      const colon = text.indexOf(']:', start) + 2;
      const title = node.title ? ` ${JSON.stringify(node.title)}` : '';
      edits.push({ start: colon, end, text: ` ${learnAddress(node.url ?? '', page)}${title}` });
      return;
    }
    if (node.type === 'code' && node.lang && siteCodeLanguage(node.lang) !== node.lang) {
      // The language is the first word after the fence of three or more backticks or tildes.
      const [start] = offsets(node);
      const at = text.indexOf(node.lang, start);
      if (at !== -1 && text.slice(start, at).trim().replaceAll(text[start]!, '') === '')
        edits.push({ start: at, end: at + node.lang.length, text: siteCodeLanguage(node.lang) });
      return;
    }
    for (const child of node.children ?? []) visit(child as Node);
  };
  visit(parse(text));
  return edits;
}

/**
 * Learn's Markdown as this site writes it, edited where its syntax tree says, never by patterns over the text:
 * links to other Learn pages made absolute, code fences given the names the highlighter knows, then callouts
 * (`> [!NOTE]`) turned into `<Note>`.
 */
export function siteAnswer(markdown: string, page: string): SiteAnswer {
  const notices: string[] = [];
  const linked = applyEdits(markdown, addressEdits(markdown, page, notices));
  const callouts = calloutEdits(linked, parse(linked));
  return {
    body: `${applyEdits(linked, callouts).trimEnd()}\n`,
    usesComponents: callouts.length > 0,
    notices,
  };
}
