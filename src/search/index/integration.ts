import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../../lib/content-dir.ts';
import { lexiconFileName } from '../lexicon.ts';
import type { SearchRecord } from '../record.ts';
import { serveDevSearch } from './dev-search.ts';
import { faqSearchRecords } from './faq-records.ts';
import { lexiconJson } from './lexicon-json.ts';
import { indexRecords, type IndexFile } from './pagefind-index.ts';

// Pagefind also writes its ready-made search UIs and highlighter; the site has its own (src/search/client/).
const unusedPagefindFiles = new Set([
  ...['ui', 'modular-ui', 'component-ui'].flatMap((ui) => [`pagefind-${ui}.js`, `pagefind-${ui}.css`]),
  'pagefind-highlight.js',
]);

/** Writes the index files into the site's `pagefind/` folder, one directory creation per folder. */
function writeBundle(bundle: string, files: IndexFile[]) {
  const folders = new Set<string>();
  for (const { path, content } of files) {
    if (unusedPagefindFiles.has(path)) continue;
    const file = join(bundle, path);
    const folder = dirname(file);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(file, content);
  }
}

/**
 * Search for the FAQ: one Pagefind record per question, built from the FAQ model (src/search/record.ts), so
 * a result is a question and its link lands on it, plus the lexicon the client reads queries with. The
 * records need no built page: a build starts Pagefind on them as soon as the content gate has read the
 * files, so Pagefind indexes in its own process while Astro bundles and renders, and the files are written
 * into `<outDir>/pagefind/` at the end. The dev server builds both in memory when search first asks.
 */
export default function search(): AstroIntegration {
  let records: SearchRecord[] = [];
  let indexing: Promise<IndexFile[]> | undefined;
  let watched: string[] = [];
  return {
    name: 'faq-search',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        records = faqSearchRecords(contentDir());
        indexing = indexRecords(records, async (index, check) => {
          const { files, errors } = await index.getFiles();
          check('build the index', errors);
          return files;
        });
        // Awaited when the build is done; until then a failure must not end the process unheard.
        indexing.catch(() => undefined);
      },
      'astro:config:done': ({ config }) => {
        watched = [contentDir(), fileURLToPath(config.srcDir)];
      },
      'astro:build:done': async ({ dir, logger }) => {
        const bundle = join(fileURLToPath(dir), 'pagefind');
        writeBundle(bundle, await indexing!);
        writeFileSync(join(bundle, lexiconFileName), lexiconJson(records, logger));
        logger.info(`Pagefind: indexed ${records.length} questions`);
      },
      'astro:server:setup': ({ server, logger }) => {
        serveDevSearch(server, { records: () => faqSearchRecords(contentDir()), watched, logger });
      },
    },
  };
}
