import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { checkContent } from '../gate/check-content.ts';
import { ContentError, type ContentProblem } from '../pipeline/problems.ts';
import { writeWhole } from '../utils/write-whole-fs.ts';
import type { ContentState } from './content-state.ts';
import { questionFileText, sectionFileText } from './file-text.ts';
import type { SyncPlan } from './plan-sync.ts';

/** What to do to each file of the content folder, by its path in it: write this text, or delete it (null). */
type Changes = Map<string, string | null>;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files that differ between two states of a content folder (the record is always written). */
function changesBetween(before: ContentState, after: ContentState): Changes {
  const changes: Changes = new Map();
  for (const [id, question] of before.questions) {
    const next = after.questions.get(id);
    if (next?.extension !== question.extension) changes.set(`questions/${id}${question.extension}`, null);
  }
  for (const [id, question] of after.questions)
    if (!isDeepStrictEqual(before.questions.get(id), question))
      changes.set(`questions/${id}${question.extension}`, questionFileText(question));
  for (const id of before.sections.keys()) if (!after.sections.has(id)) changes.set(`sections/${id}.md`, null);
  for (const [id, section] of after.sections)
    if (!isDeepStrictEqual(before.sections.get(id), section))
      changes.set(`sections/${id}.md`, sectionFileText(section));
  if (!isDeepStrictEqual(before.registry, after.registry))
    // In its order: which of a question's names went live first is its lasting name (its feed entry's id).
    changes.set('published-ids.json', json(after.registry));
  changes.set('upstream.json', json(after.record));
  return changes;
}

function apply(dir: string, changes: Changes): void {
  for (const [path, text] of changes) {
    const file = join(dir, path);
    if (text === null) {
      rmSync(file, { force: true });
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeWhole(file, text);
  }
}

/** Where to tell the writer a problem of the staged copy is: in the upstream file when the sync wrote it from there. */
function located(problem: ContentProblem, stage: string, dir: string, written: Changes, plan: SyncPlan) {
  const path = relative(stage, problem.file);
  const id = /^questions\/([^/]+)\.mdx?$/.exec(path)?.[1];
  const source = id === undefined || !written.has(path) ? undefined : plan.sources.get(id);
  if (!source) return { ...problem, file: join(dir, path) };
  return {
    file: plan.file,
    // Line 2 is the question, the one field of the front matter that comes from upstream.
    line: problem.line === 2 ? source.line : source.answerLine,
    message: `${problem.message} (in ${path}${problem.line ? `, line ${problem.line}` : ''}, which the sync writes)`,
    hint: `${problem.hint}\nFix it in the upstream file, or in the site's copy and sync again with --keep.`,
  } satisfies ContentProblem;
}

/**
 * Writes the planned state into the content folder, all or nothing: the changes are made in a copy first,
 * the content gate checks the copy, and only a copy without problems is written back. Otherwise a
 * ContentError names each problem at its line in the upstream file (or in the folder's own file), and
 * nothing in the folder has changed. `extra` are more files to write, such as an import's site.json.
 */
export function writeContent(
  dir: string,
  before: ContentState,
  plan: SyncPlan,
  extra: Record<string, string> = {},
): string[] {
  const changes = changesBetween(before, plan.next);
  for (const [path, text] of Object.entries(extra)) changes.set(path, text);
  const stage = mkdtempSync(join(tmpdir(), 'faq-sync-'));
  try {
    if (existsSync(dir)) cpSync(dir, stage, { recursive: true });
    apply(stage, changes);
    const { problems } = checkContent(stage);
    if (problems.length > 0)
      throw new ContentError(problems.map((problem) => located(problem, stage, dir, changes, plan)));
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  apply(dir, changes);
  return [...changes.keys()];
}
