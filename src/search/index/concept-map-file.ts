import { join } from 'node:path';
import { contentDir } from '../../settings/content-dir.ts';
import { loadJsonFile } from '../../pipeline/json-file.ts';
import { jsonFiles } from '../../schemas/json-files.ts';
import type { ConceptMap } from '../../schemas/concept-map.ts';

/** Where the concept map lives in a content folder. */
export const conceptMapFile = (dir = contentDir()) => join(dir, 'concept-map.json');

/** The concept map, as the content gate validated it; a content folder without one has none. */
export function readConceptMap(dir = contentDir()): ConceptMap {
  const { schema, missing } = jsonFiles['concept-map'];
  return loadJsonFile(conceptMapFile(dir), schema, missing);
}
