import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedIdsSchema, type PublishedIds } from '../schemas/published-ids.ts';
import { contentDir } from './content-dir.ts';
import { ContentError } from './content-error.ts';

/** Where the registry of published ids lives in a content folder. */
export const publishedIdsFile = (dir = contentDir()) => join(dir, 'published-ids.json');

/** Reads the registry; a content folder without one has published nothing yet. */
export function readPublishedIds(dir = contentDir()): PublishedIds {
  const file = publishedIdsFile(dir);
  if (!existsSync(file)) return { published: [], retired: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError([
      { file, message: `The registry of published ids is not valid JSON: ${(error as Error).message}`, hint: 'Fix the JSON syntax, or restore the file from git.' },
    ]);
  }
  const parsed = publishedIdsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue) => ({
        file,
        message: `"${issue.path.join('.')}" in the registry of published ids is invalid: ${issue.message}.`,
        hint: 'The file holds "published" (a list of ids) and "retired" (id -> { section, note }).',
      })),
    );
  }
  return parsed.data;
}

export function writePublishedIds(registry: PublishedIds, dir = contentDir()): void {
  writeFileSync(publishedIdsFile(dir), `${JSON.stringify(registry, null, 2)}\n`);
}
