import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFaqModel, type FaqQuestion } from '../faq/faq-model.ts';
import { permalinkPage } from '../html/permalink-page.ts';
import { permalinkPath } from '../settings/site-urls.ts';
import { writeFilesInBackground } from './file-writer.ts';

/** Every permalink of the FAQ, one per question id and alias, each with its question. */
const permalinks = (): [string, FaqQuestion][] =>
  readFaqModel().sections.flatMap((section) =>
    section.questions.flatMap((question) =>
      [question.id, ...question.aliases].map((id): [string, FaqQuestion] => [permalinkPath(id), question]),
    ),
  );

// Where every permalink starts: `/q/` of `/q/<id>/`.
const permalinkFolder = permalinkPath('id').slice(0, -'id/'.length);

/** Serves a permalink page in the dev server; any other request goes on. */
function servePermalink(
  request: IncomingMessage & { originalUrl?: string | undefined },
  response: ServerResponse,
  next: (error?: unknown) => void,
) {
  // The address as requested: under a base path, Vite has taken the base off `url` by now, not off `originalUrl`.
  const path = new URL(request.originalUrl ?? request.url ?? '/', 'http://localhost').pathname;
  if (!path.startsWith(permalinkFolder)) return next();
  try {
    const question = new Map(permalinks()).get(path);
    if (!question) return next();
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(permalinkPage(question));
  } catch (error) {
    next(error);
  }
}

/**
 * The `/q/<id>/` pages of the questions' ids and aliases (src/html/permalink-page.ts): the build writes them
 * straight into the output, as they need nothing that rendering gives, while Astro bundles and renders the
 * other pages; the dev server serves the same HTML. The pages of retired ids are rendered by Astro
 * (src/pages/q/[id].astro), like any other page.
 */
export default function permalinkPages(): AstroIntegration {
  let base = '/';
  let outDir = '';
  let writing: Promise<number> | undefined;
  return {
    name: 'faq-permalinks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        outDir = fileURLToPath(config.outDir);
      },
      // The output folder has been emptied by now, and nothing else writes below /q/.
      'astro:build:setup': () => {
        const pages = permalinks();
        // The file sits where the path points, below the site's base.
        const files = pages.map(([path, question]): [string, string] => [
          join(outDir, path.startsWith(base) ? path.slice(base.length) : path, 'index.html'),
          permalinkPage(question),
        ]);
        writing = writeFilesInBackground(files).then(() => files.length);
        writing.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        logger.info(`${await writing!} permalink pages written`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(servePermalink);
      },
    },
  };
}
