import GithubSlugger from 'github-slugger';
import { blockElements, htmlAttributeName, parseHtmlFragment } from './html-fragment.ts';
import type { TreeNode } from './syntax-tree.ts';

/** A link target written in the body, in any form: inline, autolink, reference definition, `<a href>`. */
export interface LinkFact {
  url: string;
  line: number;
}

export interface ImageFact {
  src: string;
  /** Markdown images are resolved and optimised by the build; raw HTML and JSX ones are served as written. */
  syntax: 'markdown' | 'html' | 'jsx';
  /** The alt text; undefined when the element has no alt attribute at all. */
  alt: string | undefined;
  line: number;
}

/** An HTML element or a component, written as raw HTML (in Markdown) or as JSX (in MDX). */
export interface ElementFact {
  /** As written in JSX (`Note`); lowercase for HTML. */
  name: string;
  /** Attribute names as HTML writes them, each with its value; undefined for a `{…}` value. */
  attributes: Record<string, string | undefined>;
  syntax: 'html' | 'jsx';
  /** Whether it stands inside a line of text (a tag in a paragraph, an MDX text element), not on lines of its own. */
  inText: boolean;
  line: number;
}

export interface HeadingFact {
  depth: number;
  /** The id the page gives the heading, derived from its text as Astro derives it. */
  slug: string;
  line: number;
}

/** What the rules need to know about a body, read from its tree in one walk; the tree itself is not kept. */
export interface BodyFacts {
  /** File line where the body starts, just after the front matter. */
  firstLine: number;
  /** Whether the body shows anything: not only blank lines, comments and link definitions. */
  hasContent: boolean;
  links: LinkFact[];
  images: ImageFact[];
  elements: ElementFact[];
  headings: HeadingFact[];
  /** Lines of MDX code: `{…}` expressions (other than comments), `import`/`export`, spread attributes. */
  code: number[];
  /** Lines of footnote references and definitions (`[^1]`). */
  footnotes: number[];
  /** Zero-width characters in the text (a word joiner, a zero-width space), each with its line. */
  zeroWidth: { line: number; character: string }[];
  /** The body as plain text, as a reader would read it aloud (for structured data and the search index). */
  plainText: string;
}

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'listItem',
  'code',
  'blockquote',
  'tableCell',
  'mdxJsxFlowElement',
  'html',
  'break',
  'thematicBreak',
]);
const SILENT = new Set(['yaml', 'definition', 'mdxjsEsm']);
/**
 * Characters that take no width and join nothing a script needs (unlike the joiners of emoji and Persian): they come
 * with copied text, and keep the Markdown around them from being read (`![a]` + word joiner + `(b.png)` is no image).
 */
const ZERO_WIDTH = new Set(['\u200b', '\u2060', '\ufeff']);
/**
 * Nodes that hold a line of text: an element inside one stands within the line. A cell on the line of its row
 * (`<tr><td>1</td></tr>`) is inside an element, not a line of text.
 */
const PHRASING = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
]);
const isComment = (expression: string) => expression.trim().startsWith('/*') && expression.trim().endsWith('*/');

const textOf = (node: TreeNode): string =>
  node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/** Reads the facts the rules need from a file's tree. */
export function bodyFacts(root: TreeNode): BodyFacts {
  const facts: BodyFacts = {
    firstLine: 1,
    hasContent: false,
    links: [],
    images: [],
    elements: [],
    headings: [],
    code: [],
    footnotes: [],
    zeroWidth: [],
    plainText: '',
  };
  const slugger = new GithubSlugger();
  const definitions = new Map<string, { url: string; line: number }>();
  const imageReferences: { identifier: string; alt: string; line: number }[] = [];
  const text: string[] = [];
  const fragments = new WeakMap<TreeNode, ReturnType<typeof parseHtmlFragment>>();
  const fragmentOf = (node: TreeNode) => {
    let fragment = fragments.get(node);
    if (!fragment) fragments.set(node, (fragment = parseHtmlFragment(node.value ?? '')));
    return fragment;
  };

  const element = (
    name: string,
    attributes: ElementFact['attributes'],
    syntax: ElementFact['syntax'],
    line: number,
    inText = false,
  ) => {
    facts.elements.push({ name, attributes, syntax, inText, line });
    if (name === 'a' && attributes['href'] !== undefined) facts.links.push({ url: attributes['href'], line });
    if (name === 'img') facts.images.push({ src: attributes['src'] ?? '', alt: attributes['alt'], syntax, line });
  };

  const zeroWidthIn = (value: string, firstLine: number) => {
    let line = firstLine;
    for (const character of value) {
      if (character === '\n') line++;
      else if (ZERO_WIDTH.has(character)) facts.zeroWidth.push({ line, character });
    }
  };

  const visit = (node: TreeNode, parent?: TreeNode) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'code':
        text.push(node.value ?? '');
        break;
      case 'text':
        zeroWidthIn(node.value ?? '', line);
        text.push(node.value ?? '');
        break;
      case 'inlineCode':
        text.push(node.value ?? '');
        break;
      case 'link':
        facts.links.push({ url: node.url ?? '', line });
        break;
      case 'image':
        facts.images.push({ src: node.url ?? '', alt: node.alt ?? '', syntax: 'markdown', line });
        text.push(node.alt ?? '');
        break;
      case 'imageReference':
        imageReferences.push({ identifier: node.identifier ?? '', alt: node.alt ?? '', line });
        text.push(node.alt ?? '');
        break;
      case 'definition':
        definitions.set(node.identifier ?? '', { url: node.url ?? '', line });
        break;
      case 'heading':
        facts.headings.push({ depth: node.depth ?? 1, slug: slugger.slug(textOf(node)), line });
        break;
      case 'html': {
        const fragment = fragmentOf(node);
        const inText = PHRASING.has(parent?.type ?? '');
        for (const { name, attributes } of fragment.elements) element(name, attributes, 'html', line, inText);
        text.push(fragment.text);
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attributes: ElementFact['attributes'] = {};
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute') facts.code.push(line);
          else if (typeof attribute.value === 'object' && attribute.value !== null) facts.code.push(line);
          else
            attributes[htmlAttributeName(attribute.name ?? '')] =
              typeof attribute.value === 'string' ? attribute.value : '';
        }
        if (node.name) element(node.name, attributes, 'jsx', line, PHRASING.has(parent?.type ?? ''));
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value ?? '')) facts.code.push(line);
        break;
      case 'mdxjsEsm':
        facts.code.push(line);
        break;
      case 'footnoteReference':
      case 'footnoteDefinition':
        facts.footnotes.push(line);
        break;
    }
    node.children?.forEach((child) => visit(child, node));
    if (BLOCKS.has(node.type) || blockElements.has(node.name ?? '')) text.push('\n');
  };

  for (const node of root.children ?? []) {
    if (node.type === 'yaml') {
      facts.firstLine = (node.position?.end.line ?? 0) + 1;
      continue;
    }
    const silent =
      SILENT.has(node.type) ||
      (node.type === 'html' && fragmentOf(node).elements.length === 0 && fragmentOf(node).text.trim() === '') ||
      (node.type === 'mdxFlowExpression' && isComment(node.value ?? ''));
    facts.hasContent ||= !silent;
    visit(node);
  }

  const referencedByImages = new Set(imageReferences.map((reference) => reference.identifier));
  for (const { identifier, alt, line } of imageReferences)
    facts.images.push({ src: definitions.get(identifier)?.url ?? '', alt, syntax: 'markdown', line });
  for (const [identifier, { url, line }] of definitions)
    if (!referencedByImages.has(identifier)) facts.links.push({ url, line });
  facts.plainText = text.join('').replace(/\s+/g, ' ').trim();
  return facts;
}
