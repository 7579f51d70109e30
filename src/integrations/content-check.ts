import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type ContentReport } from '../pipeline/check-content.ts';
import { contentDir } from '../lib/content-dir.ts';
import { keepReadingsIn, readingsFile } from '../pipeline/kept-readings.ts';
import { freezeContent, markContentChanged } from '../pipeline/process-cache.ts';
import { ContentError } from '../pipeline/problems.ts';

const errorOf = ({ problems }: ContentReport) => (problems.length > 0 ? new ContentError(problems) : undefined);

/**
 * Runs the content gate before Astro builds anything, so a writer's mistakes come as one list of file:line
 * messages and nothing is built from broken content. In the dev server the gate runs again on every save and
 * shows in the overlay. The loaders then take their entries from the files the gate has just read.
 */
export default function contentCheck(): AstroIntegration {
  const dir = contentDir();
  return {
    name: 'faq-content-check',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        keepReadingsIn(readingsFile(fileURLToPath(config.cacheDir)), { later: command === 'dev' });
        if (command === 'build' || command === 'sync') {
          const report = checkContent(dir);
          const error = errorOf(report);
          if (error) throw error;
          if (command === 'build') freezeContent();
          const { unpublished } = report;
          if (command === 'build' && unpublished.length > 0) {
            const count = unpublished.length === 1 ? '1 id is' : `${unpublished.length} ids are`;
            logger.info(
              `${count} not in published-ids.json yet (${unpublished.slice(0, 5).join(', ')}${unpublished.length > 5 ? ', …' : ''}): run npm run ids:publish once this build is live.`,
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
                  server.watcher.add(dir);
                  const run = () => {
                    const error = errorOf(checkContent(dir));
                    if (!error) return;
                    logger.error(error.message);
                    server.hot.send({
                      type: 'error',
                      err: {
                        message: error.message,
                        stack: '',
                        plugin: 'faq-content-check',
                        id: join(dir, 'questions'),
                      },
                    });
                  };
                  const changed = (file: string) => {
                    if (!file.startsWith(dir)) return;
                    markContentChanged();
                    setTimeout(run, 50);
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
