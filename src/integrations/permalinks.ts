import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFaqModel, type FaqQuestion } from '../lib/faq-model.ts';
import { permalinkPage } from '../lib/permalink-page.ts';
import { permalinkPath } from '../lib/urls.ts';

/** Every permalink of the FAQ, one per question id and alias, each with its question. */
const permalinks = (): [string, FaqQuestion][] =>
  readFaqModel().sections.flatMap((section) => section.questions.flatMap((question) => [question.id, ...question.aliases].map((id): [string, FaqQuestion] => [permalinkPath(id), question])));

/**
 * The `/q/<id>/` pages of the questions' ids and aliases (src/lib/permalink-page.ts): the build writes them
 * straight into the output, as they need nothing that rendering gives, and the dev server serves the same
 * HTML. The pages of retired ids are rendered by Astro (src/pages/q/[id].astro), like any other page.
 */
export default function permalinkPages(): AstroIntegration {
  let base = '/';
  return {
    name: 'faq-permalinks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = permalinks();
        for (const [path, question] of pages) {
          // The file sits where the path points, below the site's base.
          const folder = join(outDir, path.startsWith(base) ? path.slice(base.length) : path);
          mkdirSync(folder, { recursive: true });
          writeFileSync(join(folder, 'index.html'), permalinkPage(question));
        }
        logger.info(`${pages.length} permalink pages written`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!path.startsWith(permalinkPath(''))) return next();
          try {
            const question = new Map(permalinks()).get(path);
            if (!question) return next();
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.end(permalinkPage(question));
          } catch (error) {
            next(error);
          }
        });
      },
    },
  };
}
