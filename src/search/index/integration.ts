import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../../settings/content-dir.ts';
import { lexiconFileName } from '../lexicon.ts';
import type { SearchRecord } from '../record.ts';
import { serveDevSearch } from './dev-search.ts';
import { faqSearchRecords } from './faq-records.ts';
import { lexiconJson } from './lexicon-json.ts';
import { searchBundle, type BundleFile } from './search-bundle.ts';
import { writeFilesInBackground, type OutputFile } from '../../integrations/file-writer.ts';

/** The bundle's files in the site's `pagefind/` folder. */
const bundleFiles = (bundle: string, files: BundleFile[]): OutputFile[] =>
  files.map(({ path, content }) => [join(bundle, path), content]);

/**
 * Search for the FAQ, built from the FAQ model (src/search/record.ts): Pagefind's index of one record per section, the
 * layout and files that make each result a question whose link lands on it, and the lexicon the client reads queries
 * with. The records need no built page: a build starts Pagefind on them as soon as the content gate has read the files,
 * so Pagefind indexes in its own process while Astro bundles and renders, and its files are written into
 * `<outDir>/pagefind/` on a worker thread as soon as they are ready. The dev server builds both in memory when search
 * first asks.
 */
export default function search(): AstroIntegration {
  let records: SearchRecord[] = [];
  let indexing: Promise<BundleFile[]> | undefined;
  let writing: Promise<void> | undefined;
  let bundle = '';
  let watched: string[] = [];
  return {
    name: 'faq-search',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        records = faqSearchRecords(contentDir());
        indexing = searchBundle(records);
        // Awaited when the build is done; until then a failure must not end the process unheard.
        indexing.catch(() => undefined);
      },
      'astro:config:done': ({ config }) => {
        watched = [contentDir(), fileURLToPath(config.srcDir)];
        bundle = join(fileURLToPath(config.outDir), 'pagefind');
      },
      // The output folder has been emptied by now: the index is written as soon as Pagefind has it.
      'astro:build:setup': () => {
        writing = indexing!.then((files) => writeFilesInBackground(bundleFiles(bundle, files)));
        writing.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        // Pagefind is usually still indexing in its own process when the pages are done: read the lexicon meanwhile.
        const lexicon = lexiconJson(records, logger);
        await writing;
        writeFileSync(join(bundle, lexiconFileName), lexicon);
        logger.info(`Pagefind: indexed ${records.length} questions`);
      },
      'astro:server:setup': ({ server, logger }) => {
        serveDevSearch(server, { records: () => faqSearchRecords(contentDir()), watched, logger });
      },
    },
  };
}
