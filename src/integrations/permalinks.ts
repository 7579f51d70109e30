import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFaqModel } from '../faq/faq-model.ts';
import { movedSections } from '../faq/moved-sections.ts';
import { permalinkPage, retiredSectionPage } from '../html/redirect-pages.ts';
import { permalinkPath, routePath, sectionPath } from '../settings/site-urls.ts';
import { writeFilesInBackground } from './file-writer.ts';

/**
 * Every page that sends the reader on, by its path: the permalink of each question id and alias, and the address of
 * each retired section that names the section in its place. Each page is made only when asked for.
 */
function redirects(): [string, () => string][] {
  const faq = readFaqModel();
  const permalinks = faq.sections.flatMap((section) =>
    section.questions.flatMap((question) =>
      [question.id, ...question.aliases].map((id): [string, () => string] => [
        permalinkPath(id),
        () => permalinkPage(question),
      ]),
    ),
  );
  const moved = movedSections(faq).map(([id, to]): [string, () => string] => [
    sectionPath(id),
    () => retiredSectionPage(id, to),
  ]);
  return [...permalinks, ...moved];
}

// Where every permalink starts: `/q/` of `/q/<id>/`.
const permalinkFolder = permalinkPath('id').slice(0, -'id/'.length);

/** Whether a path may be a redirect page's: a permalink, or a page at the site's root, as a section's is. */
const mayRedirect = (path: string) =>
  path.startsWith(permalinkFolder) || routePath(path).split('/').filter(Boolean).length === 1;

/** Serves a redirect page in the dev server; any other request goes on. */
function servePermalink(
  request: IncomingMessage & { originalUrl?: string | undefined },
  response: ServerResponse,
  next: (error?: unknown) => void,
) {
  // The address as requested: under a base path, Vite has taken the base off `url` by now, not off `originalUrl`.
  const path = new URL(request.originalUrl ?? request.url ?? '/', 'http://localhost').pathname;
  if (!mayRedirect(path)) return next();
  try {
    const page = new Map(redirects()).get(path);
    if (!page) return next();
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(page());
  } catch (error) {
    // Not at a permalink: the page asked for (a section's) shows the content's mistake as Astro's error page.
    next(path.startsWith(permalinkFolder) ? error : undefined);
  }
}

/**
 * The `/q/<id>/` pages of the questions' ids and aliases, and the `/<id>/` pages of retired sections that name the
 * section in their place (src/html/redirect-pages.ts): the build writes them straight into the output, as they
 * need nothing that rendering gives, while Astro bundles and renders the other pages; the dev server serves the
 * same HTML. The removal pages of retired ids are rendered by Astro (src/pages/q/[id].astro and
 * src/pages/[section].astro), like any other page.
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
      // The output folder has been emptied by now, and nothing else writes below /q/ or at a retired section's address.
      'astro:build:setup': () => {
        // The file sits where the path points, below the site's base.
        const files = redirects().map(([path, page]): [string, string] => [
          join(outDir, path.startsWith(base) ? path.slice(base.length) : path, 'index.html'),
          page(),
        ]);
        writing = writeFilesInBackground(files).then(() => files.length);
        writing.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        logger.info(`${await writing!} redirect pages written`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(servePermalink);
      },
    },
  };
}
