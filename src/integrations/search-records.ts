import { parse, renderSync, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import type { Abbreviations } from '../schemas/abbreviations.ts';

/** One question as a built page shows it. */
export interface PageQuestion {
  id: string;
  /** Where the question is read: its page with the question's anchor. */
  url: string;
  lang: string;
  sectionId: string;
  /** The section's title as HTML, from the page's heading. */
  sectionTitleHtml: string;
  questionHtml: string;
  answerHtml: string;
  /** Question and answer as plain words, for matching abbreviations. */
  text: string;
}

const innerHtml = (node: ElementNode) => node.children.map((child: Node) => renderSync(child)).join('');

const textOf = (node: Node): string =>
  node.type === TEXT_NODE ? node.value : 'children' in node ? node.children.map(textOf).join(' ') : '';

const element = (root: Node, selector: string) => querySelector(root, selector) as ElementNode | undefined;

/**
 * Every question block of a built page (`<section class="question" data-question>` with its
 * `.question-heading` and `.answer`). The page is the question's section: its path is the section's.
 */
export function questionsOnPage(html: string, path: string): PageQuestion[] {
  if (!html.includes('data-question')) return [];
  const document = parse(html);
  const blocks = querySelectorAll(document, 'section.question[data-question]') as ElementNode[];
  if (blocks.length === 0) return [];
  const lang = element(document, 'html')?.attributes.lang ?? 'en';
  const pageHeading = element(document, 'main h1');
  const sectionId = path.replace(/^\/|\/$/g, '');
  return blocks.map((block) => {
    const id = block.attributes['data-question']!;
    const heading = element(block, '.question-heading');
    const answer = element(block, '.answer');
    if (!heading || !answer) throw new Error(`Question "${id}" on ${path} has no .question-heading or no .answer.`);
    return {
      id,
      url: `${path}#${id}`,
      lang,
      sectionId,
      sectionTitleHtml: pageHeading ? innerHtml(pageHeading) : sectionId,
      questionHtml: innerHtml(heading),
      answerHtml: innerHtml(answer),
      text: `${textOf(heading)} ${textOf(answer)}`.replace(/\s+/g, ' '),
    };
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The abbreviations whose spelled-out words appear in the text, e.g. "AZ" for "...across availability zones". */
export function abbreviationsIn(text: string, abbreviations: Abbreviations): string[] {
  return Object.entries(abbreviations)
    .filter(([, words]) => new RegExp(`\\b${words.split(/[\s-]+/).map(escapeRegExp).join('[\\s-]+')}`, 'i').test(text))
    .map(([abbreviation]) => abbreviation);
}

/**
 * The document Pagefind indexes for one question. The question is a plain paragraph captured as the title:
 * Pagefind's title boost ranks it above the answer, and measured better than a heading's weight. Section and
 * abbreviations are metadata, which Pagefind searches but which never shows in an excerpt.
 */
export function recordDocument(question: PageQuestion, abbreviations: string[]): string {
  return `<!doctype html><html lang="${question.lang}"><body>
<div data-pagefind-ignore><span data-pagefind-meta="section">${question.sectionTitleHtml}</span><span data-pagefind-filter="section">${question.sectionId}</span>${
    abbreviations.length ? `<span data-pagefind-meta="keywords">${abbreviations.join(' ')}</span>` : ''
  }</div>
<p data-pagefind-meta="title">${question.questionHtml}</p>
${question.answerHtml}
</body></html>`;
}
