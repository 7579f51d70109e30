import { markdownToMdast, mdxToMdast, type Features } from 'satteri';
import { answerParts, type AnswerPart } from './answer-parts.ts';
import type { ContentProblem } from './problems.ts';

/** An mdast node as Sätteri gives it, with the fields the pipeline reads. */
export interface TreeNode {
  type: string;
  position?: { start: { line: number; offset: number }; end: { line: number; offset: number } };
  children?: TreeNode[];
  value?: string;
  url?: string;
  alt?: string | null;
  identifier?: string;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/**
 * The parser options Astro renders Markdown with (its defaults: GFM and smart punctuation), so the checked tree is the
 * rendered one.
 */
const features: Features = { gfm: true, smartPunctuation: true, frontmatter: true };

/** How an answer is rendered: by the Markdown pipeline while the content loads, or as an MDX module. */
export type RenderedAs = 'markdown' | 'mdx';

export interface SyntaxTree {
  root: TreeNode;
  renderedAs: RenderedAs;
  /**
   * For an MDX answer whose components stand at its top level: the parts the Markdown pipeline renders instead
   * (answer-parts.ts).
   */
  parts?: AnswerPart[];
  /** Set when the MDX does not compile; `root` is then the Markdown reading, enough for the front matter. */
  problem?: ContentProblem;
}

const startsWithWord = (text: string, word: string) =>
  text.startsWith(word) && (text.length === word.length || ' \t\n'.includes(text[word.length]!));

/**
 * Whether MDX would read this Markdown tree differently: MDX has no raw HTML, no `<…>` autolinks and no
 * indented code, and reads `<`, `{`, `}` in text and top-level `import`/`export` lines as code.
 */
function mdxReadsDifferently(root: TreeNode, text: string): boolean {
  const stack = [...(root.children ?? [])];
  for (const node of root.children ?? []) {
    const first = node.children?.[0]?.value;
    if (
      node.type === 'paragraph' &&
      first !== undefined &&
      (startsWithWord(first, 'import') || startsWithWord(first, 'export'))
    )
      return true;
  }
  while (stack.length > 0) {
    const node = stack.pop()!;
    const at = text[node.position?.start.offset ?? 0];
    if (node.type === 'html') return true;
    if (node.type === 'link' && at === '<') return true;
    if (node.type === 'code' && at !== '`' && at !== '~') return true;
    if (node.type === 'text' && ['<', '{', '}'].some((sign) => node.value?.includes(sign))) return true;
    if (node.children) stack.push(...node.children);
  }
  return false;
}

function mdxProblem(file: string, error: Error): ContentProblem {
  // Sätteri reports "line:column: what (rule)".
  const [, line, detail] = /^(\d+):\d+: (.*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/s.exec(error.message) ?? [];
  return {
    file,
    ...(line ? { line: Number(line) } : {}),
    message: `The MDX does not compile: ${detail ?? error.message}`,
    hint:
      'Close every tag you open (<Note>…</Note>), write a literal { or < as \\{ or &lt;, and a comment as {/* … */}. ' +
      'Use .md instead of .mdx when the answer needs no component.',
  };
}

/**
 * Parses a whole file (front matter included, so positions are file lines) with Sätteri, the parser the site
 * renders with. An `.mdx` file that MDX would read exactly as Markdown is parsed, checked and rendered as
 * Markdown: it then costs no module to bundle. The others are parsed as MDX, and those whose components
 * stand at the top level are also cut into parts that render as Markdown.
 */
export function parseSyntaxTree(file: string, text: string): SyntaxTree {
  const markdown = markdownToMdast(text, { features }) as TreeNode;
  if (!file.endsWith('.mdx') || !mdxReadsDifferently(markdown, text)) return { root: markdown, renderedAs: 'markdown' };
  let root: TreeNode;
  try {
    root = mdxToMdast(text, { features }) as TreeNode;
  } catch (error) {
    return { root: markdown, renderedAs: 'mdx', problem: mdxProblem(file, error as Error) };
  }
  const parts = answerParts(root, text, readsAsMarkdown);
  return { root, renderedAs: 'mdx', ...(parts ? { parts } : {}) };
}

/** Whether this text reads the same as Markdown and as MDX. */
const readsAsMarkdown = (text: string) => !mdxReadsDifferently(markdownToMdast(text, { features }) as TreeNode, text);
