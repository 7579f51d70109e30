import type { AstroIntegration } from 'astro';

/**
 * A build has nothing to watch, but the Vite server Astro starts to sync content during a build watches the
 * whole project: it asks for `server.watch: null`, which Vite's config merge drops as "not set". Chokidar
 * then walks every folder that is not ignored (content, tests, benchmark corpora of 10,000 files and their
 * builds) before anything is built. Ignoring every path stops the walk at the project's root; `astro dev`
 * keeps its watcher.
 */
export default function buildWithoutWatcher(): AstroIntegration {
  return {
    name: 'faq-build-without-watcher',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { server: { watch: { ignored: [() => true] } } } });
      },
    },
  };
}
