import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../settings/content-dir.ts';
import { loadJsonFile } from '../pipeline/json-file.ts';
import { jsonFiles } from '../schemas/json-files.ts';
import type { PublishedIds } from '../schemas/published-ids.ts';

/** Where the registry of published ids lives in a content folder. */
export const publishedIdsFile = (dir = contentDir()) => join(dir, 'published-ids.json');

/** Reads the registry; a content folder without one has published nothing yet. */
export const readPublishedIds = (dir = contentDir()): PublishedIds =>
  loadJsonFile(publishedIdsFile(dir), jsonFiles['published-ids'].schema, jsonFiles['published-ids'].missing);

export function writePublishedIds(registry: PublishedIds, dir = contentDir()): void {
  writeFileSync(publishedIdsFile(dir), `${JSON.stringify(registry, null, 2)}\n`);
}
