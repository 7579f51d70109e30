import { relative } from 'node:path';
import { AstroError } from 'astro/errors';

/** One mistake in the content, located as precisely as we can. */
export interface ContentProblem {
  /** Absolute or project-relative path of the file at fault. */
  file: string;
  /** 1-based line in that file, when the mistake has one. */
  line?: number | undefined;
  /** What is wrong, in one sentence. */
  message: string;
  /** What the writer should do about it. */
  hint: string;
}

function formatProblem(problem: ContentProblem): string {
  const where = relative(process.cwd(), problem.file) || problem.file;
  const location = problem.line ? `${where}:${problem.line}` : where;
  const hint = problem.hint.replaceAll('\n', '\n       ');
  return `${location}\n  ${problem.message}\n  Fix: ${hint}`;
}

const byLocation = (a: ContentProblem, b: ContentProblem) =>
  a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

/**
 * Astro prints an error's message as Markdown, in the terminal and on the dev server's error page: a fix's example,
 * `![What it shows](diagram.png)` or `**bold**`, would lose its brackets or stars. A word joiner (U+2060, invisible)
 * between "]" and "(" and between the stars keeps it as written.
 */
const asWritten = (text: string) => text.replaceAll('](', ']\u2060(').replaceAll('**', '*\u2060*');

/**
 * Thrown when content breaks a rule. It lists every problem found, not just the first, and is an AstroError (Astro's
 * user-facing error) so Astro prints it like its own errors; the stack, useless to a writer, only with --verbose.
 */
export class ContentError extends AstroError {
  readonly problems: ContentProblem[];
  /** The problems as the site's commands print them; the message is the same text, kept as written for Astro. */
  readonly listing: string;

  constructor(problems: ContentProblem[]) {
    const sorted = problems.toSorted(byLocation);
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    const listing = `The content has ${count}:\n\n${sorted.map(formatProblem).join('\n\n')}\n`;
    super(
      asWritten(listing),
      'Fix each file above (the line is after the colon), then run `npm run check` to see that nothing is left.',
    );
    this.name = 'ContentError';
    this.problems = sorted;
    this.listing = listing;
    if (!process.argv.includes('--verbose')) delete this.stack;
  }
}
