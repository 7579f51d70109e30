import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../../lib/content-dir.ts';
import { lexiconFileName } from '../lexicon.ts';
import type { SearchRecord } from '../record.ts';
import { conceptMapFile, readConceptMap } from './concept-map-file.ts';
import { indexRecords } from './pagefind-index.ts';
import { siteLexicon } from './site-lexicon.ts';

// The route that serves the records built from the FAQ model; the build deletes the file once it is indexed.
const recordsPath = '/search/records.json';

// Pagefind also writes its ready-made search UIs and highlighter; the site has its own (src/search/client/).
const unusedPagefindFiles = [
  ...['ui', 'modular-ui', 'component-ui'].flatMap((ui) => [`pagefind-${ui}.js`, `pagefind-${ui}.css`]),
  'pagefind-highlight.js',
];

const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** The lexicon of the records and the concept map, warning about concept-map phrases that find nothing. */
function lexiconJson(records: SearchRecord[], logger: AstroIntegrationLogger): string {
  const { file, unmatched } = siteLexicon(records, readConceptMap());
  for (const { phrase, answer } of unmatched) {
    logger.warn(`${conceptMapFile()}: "${phrase}" leads to "${answer}", which no question or answer contains, so it finds nothing.`);
  }
  return JSON.stringify(file);
}

/**
 * Search for the FAQ: one Pagefind record per question, built from the FAQ model (src/search/record.ts), so
 * a result is a question and its link lands on it, plus the lexicon the client reads queries with. The build
 * writes both into `<outDir>/pagefind/`; the dev server builds them in memory when search first asks.
 */
export default function search(): AstroIntegration {
  let origin = '';
  let sourceDirs: string[] = [];
  let devFiles: Promise<Map<string, Uint8Array | string>> | undefined;
  // Pagefind runs one service per process: dev indexes are built one after the other, never at once.
  let lastDevIndex: Promise<unknown> = Promise.resolve();
  return {
    name: 'faq-search',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        // A broken concept map fails the build and `npm run check` before anything is built.
        if (command === 'build' || command === 'sync') readConceptMap();
        injectRoute({ pattern: recordsPath, entrypoint: new URL('./records-route.ts', import.meta.url), prerender: true });
      },
      'astro:config:done': ({ config }) => {
        sourceDirs = [contentDir(), fileURLToPath(config.srcDir)];
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
        server.watcher.on('all', (_event, file) => {
          if (sourceDirs.some((dir) => file.startsWith(dir))) devFiles = undefined;
        });
        const devIndex = async () => {
          const records = (await (await fetch(`${origin}${recordsPath}`)).json()) as SearchRecord[];
          const files = await indexRecords(records, async (index, check) => {
            const { files, errors } = await index.getFiles();
            check('build the index', errors);
            return new Map<string, Uint8Array | string>(files.map((file) => [`/${file.path}`, file.content]));
          });
          files.set(`/${lexiconFileName}`, lexiconJson(records, logger));
          logger.info(`Pagefind: indexed ${records.length} questions from the dev server`);
          return files;
        };
        server.middlewares.use('/pagefind/', (request, response, next) => {
          if (!devFiles) {
            devFiles = lastDevIndex.then(devIndex);
            lastDevIndex = devFiles.catch(() => undefined);
          }
          const path = new URL(request.url ?? '/', origin).pathname;
          const current = devFiles;
          current.then(
            (files) => {
              const file = files.get(path);
              if (file === undefined) return next();
              response.setHeader('Content-Type', contentTypes[extname(path)] ?? 'application/octet-stream');
              response.end(file);
            },
            (error: unknown) => {
              if (devFiles === current) devFiles = undefined;
              next(error);
            },
          );
        });
      },
    },
  };
}
