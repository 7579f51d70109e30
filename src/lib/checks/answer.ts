import { mdxToJs } from 'satteri';
import type { ContentProblem } from '../content-error.ts';
import { didYouMean } from './nearest.ts';
import { proseOnly, type SourceFile } from './source-file.ts';

/** Components an MDX answer may use without importing them; src/components/QuestionArticle.astro provides them. */
const ANSWER_COMPONENTS = ['Note'];

/** Problems in the body of an answer or section intro: MDX that does not compile, unsafe or inaccessible markup. */
export function bodyProblems(source: SourceFile): ContentProblem[] {
  const { file } = source;
  const problems: ContentProblem[] = [];
  if (file.endsWith('.mdx')) {
    try {
      mdxToJs(source.source);
    } catch (error) {
      const text = (error as Error).message;
      const [, line, detail] = /^(\d+):\d+: ([\s\S]*?)(?: \(mdx[^)]*\))?$/.exec(text) ?? [];
      problems.push({
        file,
        ...(line ? { line: Number(line) } : {}),
        message: `The MDX does not compile: ${detail ?? text}`,
        hint: 'Close every tag you open (<Note>…</Note>), and write a literal { or < as \\{ or &lt;. Use .md instead of .mdx when the answer needs no component.',
      });
    }
  }
  const prose = proseOnly(source.body);
  if (file.endsWith('.mdx')) {
    for (const match of prose.matchAll(/<([A-Z][\w.]*)/g)) {
      if (ANSWER_COMPONENTS.includes(match[1]!)) continue;
      problems.push({
        file,
        line: source.bodyLine(match.index),
        message: `The component <${match[1]}> does not exist.${didYouMean(match[1]!, ANSWER_COMPONENTS)}`,
        hint: `Answers can use: ${ANSWER_COMPONENTS.map((name) => `<${name}>`).join(', ')}.`,
      });
    }
  }
  for (const match of prose.matchAll(/!\[\s*\]\(/g)) {
    problems.push({
      file,
      line: source.bodyLine(match.index),
      message: 'An image has no alt text.',
      hint: 'Describe the image inside the square brackets: ![] becomes ![Diagram of the two resource groups].',
    });
  }
  for (const match of prose.matchAll(/<img\b(?![^>]*\balt\s*=\s*["'][^"']+["'])[^>]*>/gi)) {
    problems.push({
      file,
      line: source.bodyLine(match.index),
      message: 'An <img> has no alt text.',
      hint: 'Add alt="what the image shows".',
    });
  }
  for (const match of prose.matchAll(/<script\b/gi)) {
    problems.push({
      file,
      line: source.bodyLine(match.index),
      message: 'An answer contains a <script> element.',
      hint: 'Answers are content, not code: remove the script. Show code in a fenced code block instead.',
    });
  }
  for (const match of prose.matchAll(/<[a-z][\w-]*\b[^>]*?\s(on[a-z]+)\s*=/gi)) {
    problems.push({
      file,
      line: source.bodyLine(match.index),
      message: `An element has an inline event handler (${match[1]}).`,
      hint: 'Remove the handler: answers cannot run code.',
    });
  }
  return problems;
}
