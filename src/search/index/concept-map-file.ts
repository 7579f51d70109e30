import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../lib/content-dir.ts';
import { ContentError, type ContentProblem } from '../../lib/content-error.ts';
import type { z } from 'astro/zod';
import { conceptMapSchema, type ConceptMap } from '../../schemas/concept-map.ts';
import { phraseKey, tokens } from '../words.ts';

/** Where the concept map lives in a content folder. */
export const conceptMapFile = (dir = contentDir()) => join(dir, 'concept-map.json');

const hint = 'Each entry is "what readers type": "what the answers say", or a list of such phrases; see README, "Search".';

/** The line of a top-level key in the JSON source, to point the writer at it. */
function lineOf(source: string, key: string): number | undefined {
  const at = source.search(new RegExp(`${JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`));
  return at < 0 ? undefined : source.slice(0, at).split('\n').length;
}

const problem = (file: string, line: number | undefined, message: string, fix: string): ContentProblem => ({
  file,
  ...(line ? { line } : {}),
  message,
  hint: fix,
});

/** The words a reader's phrase is matched by. */
export const readerKey = (text: string) => phraseKey(tokens(text).flatMap((token) => token.parts));

/** Entries that read the same to search as an earlier one, that map to themselves, or that search would ignore. */
function meaningProblems(map: Record<string, unknown>, file: string, source: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const [phrase, value] of Object.entries(map)) {
    const answers = [value].flat().filter((answer): answer is string => typeof answer === 'string');
    // A phrase without a letter or digit is the schema's to report.
    if (!/[\p{L}\p{N}]/u.test(phrase)) continue;
    const key = readerKey(phrase);
    const line = lineOf(source, phrase);
    const other = seen.get(key);
    if (!key) {
      problems.push(problem(file, line, `"${phrase}" has only words that search ignores ("the", "how", "is", …).`, 'Use a phrase with at least one meaningful word, or remove the entry.'));
    } else if (other !== undefined) {
      problems.push(problem(file, line, `"${phrase}" is the same phrase to search as "${other}" (line ${lineOf(source, other)}).`, `Merge the two entries into one list under "${other}".`));
    } else if (answers.some((answer) => readerKey(answer) === key)) {
      problems.push(problem(file, line, `"${phrase}" maps to itself.`, 'Map it to the words the answers use instead, or remove the entry.'));
    }
    if (key && other === undefined) seen.set(key, phrase);
  }
  return problems;
}

/** The schema's complaints, one per entry and phrase, each at the line of its entry. */
function schemaProblems(issues: z.core.$ZodIssue[], file: string, source: string): ContentProblem[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const key = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    const badKey = issue.code === 'invalid_key';
    // A bad key's own messages are nested; a phrase can break several rules, the first is enough.
    const message = badKey ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    const phrase = !badKey && issue.path.length > 1 ? `, phrase ${Number(issue.path[1]) + 1},` : '';
    const where = `${key}|${badKey}|${String(issue.path[1])}`;
    if (seen.has(where)) return [];
    seen.add(where);
    const place = key === undefined ? 'The concept map' : `The entry "${key}"${phrase}`;
    return [problem(file, key === undefined ? undefined : lineOf(source, key), `${place} is invalid: ${message}.`, hint)];
  });
}

/**
 * Reads and checks `<content>/concept-map.json`; a content folder without one has no concept map. Throws a
 * ContentError that lists every bad entry with its line.
 */
export function readConceptMap(dir = contentDir()): ConceptMap {
  const file = conceptMapFile(dir);
  if (!existsSync(file)) return {};
  const source = readFileSync(file, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    const line = Number(/line (\d+)/.exec((error as Error).message)?.[1]) || undefined;
    throw new ContentError([problem(file, line, `The concept map is not valid JSON: ${(error as Error).message}`, `Fix the JSON syntax. ${hint}`)]);
  }
  const parsed = conceptMapSchema.safeParse(raw);
  const problems = parsed.success ? [] : schemaProblems(parsed.error.issues, file, source);
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) problems.push(...meaningProblems(raw as Record<string, unknown>, file, source));
  if (problems.length > 0 || !parsed.success) throw new ContentError(problems);
  return parsed.data;
}
