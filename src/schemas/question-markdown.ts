import { markdownToMdast } from 'satteri';
import { escapeHtml } from '../utils/html.ts';

/** A node of the tree Sätteri reads a question into, with the fields read here. */
interface QuestionNode {
  type: string;
  value?: string;
  position?: { start: { offset: number }; end: { offset: number } };
  children?: QuestionNode[];
}

/**
 * A question's text is one line of Markdown that shows one kind of markup, `inline code`, as Learn's questions do for
 * error messages and commands. It is read as CommonMark, so that an address in it stays text (GFM would make it a
 * link), without smart punctuation, so that its quotes show as written.
 */
const read = (question: string) =>
  markdownToMdast(question, { features: { gfm: false, frontmatter: false } }) as QuestionNode;

/** What a question shows: its text, its inline code, and raw HTML, which a question quotes (`<none>`) as written. */
const SHOWN = new Set(['root', 'paragraph', 'text', 'inlineCode', 'html']);

/** The Markdown in a question that it cannot show (all but text and `code`), each as written: `**bold**`, `[a](b)`. */
export function unshownMarkdown(question: string): string[] {
  const found: string[] = [];
  const visit = (node: QuestionNode) => {
    if (SHOWN.has(node.type)) node.children?.forEach(visit);
    else found.push(question.slice(node.position?.start.offset, node.position?.end.offset));
  };
  visit(read(question));
  return found;
}

const textOf = (node: QuestionNode): string =>
  node.children ? node.children.map(textOf).join('') : (node.value ?? '');
const htmlOf = (node: QuestionNode): string =>
  node.type === 'inlineCode'
    ? `<code>${escapeHtml(node.value ?? '')}</code>`
    : node.children
      ? node.children.map(htmlOf).join('')
      : escapeHtml(node.value ?? '');

/**
 * A question as the pages show it: as plain text (page titles, structured data, the feed, search, Learn-style
 * anchors), and as HTML for its heading and the lists that name it, with its inline code in `<code>`.
 */
export function shownQuestion(question: string): { text: string; html: string } {
  const root = read(question);
  return { text: textOf(root), html: htmlOf(root) };
}
