import type { AstroIntegrationLogger, HookParameters } from 'astro';
import { contentTypeOf } from '../../utils/mime-types.ts';
import { lexiconFileName } from '../lexicon.ts';
import type { SearchRecord } from '../record.ts';
import { searchBundle } from './search-bundle.ts';
import { lexiconJson } from './lexicon-json.ts';

/**
 * Serves `/pagefind/` from the dev server: the index and the lexicon are built in memory from the records
 * the first time search asks, and again after a file of the content or the code changes. (The content gate
 * reports a broken concept map, like every content file, as soon as it is saved.)
 */
export function serveDevSearch(
  server: HookParameters<'astro:server:setup'>['server'],
  options: { records: () => SearchRecord[]; watched: string[]; logger: AstroIntegrationLogger },
) {
  const { watched, logger } = options;
  let files: Promise<Map<string, Uint8Array | string>> | undefined;
  // Pagefind runs one service per process: dev indexes are built one after the other, never at once.
  let lastIndex: Promise<unknown> = Promise.resolve();

  server.watcher.on('all', (_event, file) => {
    if (watched.some((dir) => file.startsWith(dir))) files = undefined;
  });

  const build = async () => {
    const records = options.records();
    const built = new Map((await searchBundle(records)).map((file) => [`/${file.path}`, file.content]));
    built.set(`/${lexiconFileName}`, lexiconJson(records, logger));
    logger.info(`Pagefind: indexed ${records.length} questions from the dev server`);
    return built;
  };

  server.middlewares.use('/pagefind/', (request, response, next) => {
    if (!files) {
      files = lastIndex.then(build);
      lastIndex = files.catch(() => undefined);
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const current = files;
    current.then(
      (built) => {
        const file = built.get(path);
        if (file === undefined) return next();
        response.setHeader('Content-Type', contentTypeOf(path));
        response.end(file);
      },
      (error: unknown) => {
        if (files === current) files = undefined;
        next(error);
      },
    );
  });
}
