import type { AstroIntegrationLogger } from 'astro';
import { relative } from 'node:path';
import { readJsonFile } from '../../pipeline/json-file.ts';
import { jsonFiles } from '../../schemas/json-files.ts';
import { contentDir } from '../../settings/content-dir.ts';
import type { LexiconFile } from '../lexicon.ts';
import type { SearchRecord } from '../record.ts';
import { conceptMapFile, readConceptMap } from './concept-map-file.ts';
import { siteLexicon } from './site-lexicon.ts';

/**
 * The lexicon of the records and the concept map of the content folder `dir`, with a warning for each phrase of the
 * map that finds nothing or is found only apart: where it is (`file:line`), what it does and what to do. The build
 * logs them and `npm run check` prints them; neither fails, since an answer that changes can leave a phrase behind.
 */
export function checkedLexicon(records: SearchRecord[], dir = contentDir()): { file: LexiconFile; warnings: string[] } {
  const { file, unmatched } = siteLexicon(records, readConceptMap(dir));
  const path = conceptMapFile(dir);
  const { schema, missing } = jsonFiles['concept-map'];
  const { lines } = readJsonFile(path, schema, missing);
  const where = relative(process.cwd(), path) || path;
  const warnings = unmatched.map(
    ({ phrase, answer, apart }) =>
      `${where}:${lines[phrase] ?? 1}: "${phrase}" leads to "${answer}", ` +
      (apart
        ? 'whose words no question or answer has side by side, so it counts half; ' +
          'copy the words as the answer it should find has them.'
        : 'which no question or answer contains, so it finds nothing; ' +
          'map it to words an answer has, or remove the entry.'),
  );
  return { file, warnings };
}

/** The lexicon file of the records and the concept map, the concept map's warnings logged. */
export function lexiconJson(records: SearchRecord[], logger: AstroIntegrationLogger): string {
  const { file, warnings } = checkedLexicon(records);
  for (const warning of warnings) logger.warn(warning);
  return JSON.stringify(file);
}
