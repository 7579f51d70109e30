import { relative } from 'node:path';

/** One mistake in the content, located as precisely as we can. */
export interface ContentProblem {
  /** Absolute or project-relative path of the file at fault. */
  file: string;
  /** 1-based line in that file, when the mistake has one. */
  line?: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** What the writer should do about it. */
  hint: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = relative(process.cwd(), problem.file) || problem.file;
  const location = problem.line ? `${where}:${problem.line}` : where;
  return `${location}\n  ${problem.message}\n  Fix: ${problem.hint}`;
}

/** Thrown when content breaks a rule; its message lists every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const count = problems.length === 1 ? '1 content problem' : `${problems.length} content problems`;
    super(`${count}:\n\n${problems.map(formatProblem).join('\n\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
