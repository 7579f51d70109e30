import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../settings/content-dir.ts';
import { loadJsonFile } from '../pipeline/json-file.ts';
import { jsonFiles } from '../schemas/json-files.ts';
import type { PublishedIds } from '../schemas/published-ids.ts';
import { decodeSource, restoreSource } from '../pipeline/source-text.ts';

/** Where the registry of published ids lives in a content folder. */
export const publishedIdsFile = (dir = contentDir()) => join(dir, 'published-ids.json');

/** Reads the registry; a content folder without one has published nothing yet. */
export const readPublishedIds = (dir = contentDir()): PublishedIds =>
  loadJsonFile(publishedIdsFile(dir), jsonFiles['published-ids'].schema, jsonFiles['published-ids'].missing);

/** Writes the registry, keeping the byte-order mark and line endings the file had (a Windows editor's). */
export function writePublishedIds(registry: PublishedIds, dir = contentDir()): void {
  const file = publishedIdsFile(dir);
  const before = existsSync(file) ? decodeSource(file, readFileSync(file)) : undefined;
  const form = before && 'text' in before ? before : { bom: false, crlf: false };
  writeFileSync(file, restoreSource(form, `${JSON.stringify(registry, null, 2)}\n`));
}
