import type { AstroIntegrationLogger } from 'astro';
import type { SearchRecord } from '../record.ts';
import { conceptMapFile, readConceptMap } from './concept-map-file.ts';
import { siteLexicon } from './site-lexicon.ts';

/**
 * The lexicon file of the records and the concept map, warning about concept-map phrases that find nothing or are
 * found only apart.
 */
export function lexiconJson(records: SearchRecord[], logger: AstroIntegrationLogger): string {
  const { file, unmatched } = siteLexicon(records, readConceptMap());
  for (const { phrase, answer, apart } of unmatched) {
    logger.warn(
      `${conceptMapFile()}: "${phrase}" leads to "${answer}", ` +
        (apart
          ? 'whose words no question or answer has side by side, so it counts half; ' +
            'copy the words as the answer it should find has them.'
          : 'which no question or answer contains, so it finds nothing.'),
    );
  }
  return JSON.stringify(file);
}
