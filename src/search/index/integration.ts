import type { AstroIntegration } from 'astro';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../../lib/content-dir.ts';
import { lexiconFileName } from '../lexicon.ts';
import type { SearchRecord } from '../record.ts';
import { serveDevSearch } from './dev-search.ts';
import { lexiconJson } from './lexicon-json.ts';
import { indexRecords } from './pagefind-index.ts';

// The route that serves the records built from the FAQ model; the build deletes the file once it is indexed.
const recordsPath = '/search/records.json';

// Pagefind also writes its ready-made search UIs and highlighter; the site has its own (src/search/client/).
const unusedPagefindFiles = [
  ...['ui', 'modular-ui', 'component-ui'].flatMap((ui) => [`pagefind-${ui}.js`, `pagefind-${ui}.css`]),
  'pagefind-highlight.js',
];

/**
 * Search for the FAQ: one Pagefind record per question, built from the FAQ model (src/search/record.ts), so
 * a result is a question and its link lands on it, plus the lexicon the client reads queries with. The build
 * writes both into `<outDir>/pagefind/`; the dev server builds them in memory when search first asks.
 */
export default function search(): AstroIntegration {
  let origin = '';
  let watched: string[] = [];
  return {
    name: 'faq-search',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: recordsPath, entrypoint: new URL('./records-route.ts', import.meta.url), prerender: true });
      },
      'astro:config:done': ({ config }) => {
        watched = [contentDir(), fileURLToPath(config.srcDir)];
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const recordsFile = join(outDir, recordsPath);
        const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
        await rm(recordsFile);
        const bundle = join(outDir, 'pagefind');
        await indexRecords(records, async (index, check) => check('write the index', (await index.writeFiles({ outputPath: bundle })).errors));
        await writeFile(join(bundle, lexiconFileName), lexiconJson(records, logger));
        await Promise.all(unusedPagefindFiles.map((file) => rm(join(bundle, file), { force: true })));
        logger.info(`Pagefind: indexed ${records.length} questions`);
      },
      'astro:server:start': ({ address }) => {
        origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
      },
      'astro:server:setup': ({ server, logger }) => {
        serveDevSearch(server, { origin: () => origin, recordsPath, watched, logger });
      },
    },
  };
}
