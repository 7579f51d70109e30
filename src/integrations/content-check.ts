import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { checkContent } from '../lib/checks/check-content.ts';
import { contentDir } from '../lib/content-dir.ts';
import { ContentError } from '../lib/content-error.ts';

/**
 * Checks all content before Astro builds anything, so a writer's mistakes come as one list of
 * file:line messages. In the dev server the same check runs on every save and shows in the overlay.
 */
export default function contentCheck(): AstroIntegration {
  const dir = contentDir();
  const check = () => checkContent(dir);
  const errorOf = ({ problems }: ReturnType<typeof check>) => (problems.length > 0 ? new ContentError(problems) : undefined);
  return {
    name: 'faq-content-check',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command === 'build' || command === 'sync') {
          const report = check();
          const error = errorOf(report);
          if (error) throw error;
          if (command === 'build' && report.unpublished.length > 0) {
            const count = report.unpublished.length === 1 ? '1 id is' : `${report.unpublished.length} ids are`;
            logger.info(`${count} not in published-ids.json yet (${report.unpublished.slice(0, 5).join(', ')}${report.unpublished.length > 5 ? ', …' : ''}): run npm run ids:publish once this build is live.`);
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
                    const error = errorOf(check());
                    if (!error) return;
                    logger.error(error.message);
                    server.hot.send({
                      type: 'error',
                      err: { message: error.message, stack: '', plugin: 'faq-content-check', id: join(dir, 'questions') },
                    });
                  };
                  server.watcher.on('change', (file) => file.startsWith(dir) && setTimeout(run, 50));
                  server.watcher.on('add', (file) => file.startsWith(dir) && setTimeout(run, 50));
                  server.watcher.on('unlink', (file) => file.startsWith(dir) && setTimeout(run, 50));
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
