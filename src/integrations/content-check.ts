import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../gate/check-content.ts';
import { freezeReport, markContentChanged, type ContentReport } from '../gate/content-report.ts';
import { keepReadingsIn } from '../pipeline/content-file.ts';
import { ContentError } from '../pipeline/problems.ts';
import { contentDir } from '../settings/content-dir.ts';

const errorOf = ({ problems }: ContentReport) => (problems.length > 0 ? new ContentError(problems) : undefined);

/**
 * Runs the content gate before Astro builds anything, so a writer's mistakes come as one list of file:line
 * messages and nothing is built from broken content. In the dev server the gate runs again on every save to
 * the content or to public/ (which links and images point into), and shows in the overlay. The loaders then
 * take their entries from the files the gate has just read.
 */
export default function contentCheck(): AstroIntegration {
  const dir = contentDir();
  return {
    name: 'faq-content-check',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        keepReadingsIn(fileURLToPath(config.cacheDir), { later: command === 'dev', root: fileURLToPath(config.root) });
        const publicDir = fileURLToPath(config.publicDir);
        if (command === 'build' || command === 'sync') {
          const report = checkContent(dir, publicDir);
          const error = errorOf(report);
          if (error) throw error;
          if (command === 'build') freezeReport(report);
          const { unpublished } = report;
          if (command === 'build' && unpublished.length > 0) {
            const count = unpublished.length === 1 ? '1 id is' : `${unpublished.length} ids are`;
            const some = `${unpublished.slice(0, 5).join(', ')}${unpublished.length > 5 ? ', …' : ''}`;
            logger.info(
              `${count} not in published-ids.json yet (${some}): run npm run ids:publish once this build is live.`,
            );
          }
        }
        if (command !== 'dev') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'faq-content-check',
                configureServer(server) {
                  server.watcher.add([dir, publicDir]);
                  /** Runs the gate; true when it finds nothing wrong. */
                  const run = () => {
                    const error = errorOf(checkContent(dir, publicDir));
                    if (!error) return true;
                    logger.error(error.listing);
                    const err = {
                      message: error.message,
                      stack: '',
                      plugin: 'faq-content-check',
                      id: join(dir, 'questions'),
                    };
                    server.hot.send({ type: 'error', err });
                    return false;
                  };
                  const changed = (file: string) => {
                    const inPublic = file.startsWith(publicDir);
                    if (!file.startsWith(dir) && !inPublic) return;
                    markContentChanged();
                    // Astro reloads the page for a change to the content, not for a file of public/ (an image an
                    // answer shows, or lacked), which the page only names: the reload comes from here.
                    setTimeout(() => run() && inPublic && server.hot.send({ type: 'full-reload' }), 50);
                  };
                  for (const event of ['change', 'add', 'unlink']) server.watcher.on(event, changed);
                  run();
                },
              },
            ],
          },
        });
      },
    },
  };
}
