// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { markdownProcessor } from './src/markdown/markdown-settings.ts';
import search from './src/search/index/integration.ts';
import permalinkPages from './src/integrations/permalinks.ts';
import allQuestionsPage from './src/integrations/all-questions-page.ts';
import moduleUrlImports from './src/integrations/module-urls.ts';
import contentCheck from './src/integrations/content-check.ts';
import editorSchemas from './src/integrations/editor-schemas.ts';
import codeHighlighting from './src/integrations/code-highlighting.ts';
import hostFiles from './src/integrations/host-files.ts';
import previewAddresses from './src/integrations/preview-addresses.ts';
import reusedOutput from './src/integrations/reused-output.ts';
import { site } from './src/settings/site.ts';
import { inSitemap } from './src/urls/routes.ts';
import { routePath, sectionPath } from './src/settings/site-urls.ts';
import { readFaqModel } from './src/faq/faq-model.ts';
import { contentCacheDir, contentDir } from './src/settings/content-dir.ts';

/** @type {Set<string> | undefined} The addresses of retired sections, read once, when the sitemap is written. */
let retiredSections;
/** @param {string} page */
const retiredSection = (page) =>
  (retiredSections ??= new Set(Object.keys(readFaqModel().retiredSections).map(sectionPath))).has(page);

const benchCorpora = fileURLToPath(new URL('./bench/corpora', import.meta.url));

// The config as a plain object rather than through `defineConfig` (an identity function): importing
// `astro/config` loads SVGO and its CSS parsers, about 0.1 s of every build, for helpers this site never uses.
/** @type {import('astro').AstroUserConfig} */
export default {
  // SITE_URL and BASE_PATH over content/site.json (src/settings/site.ts): where the built site is served.
  site: site.url,
  base: site.base,
  cacheDir: contentCacheDir(),
  trailingSlash: 'always',
  integrations: [
    contentCheck(),
    editorSchemas(),
    allQuestionsPage(),
    moduleUrlImports(),
    codeHighlighting(),
    mdx(),
    // The site's own routes (permalink redirects, search, 404…) are not pages to index (src/urls/routes.ts), nor
    // are retired sections' pages.
    sitemap({
      filter: (page) => inSitemap(routePath(new URL(page).pathname)) && !retiredSection(new URL(page).pathname),
    }),
    search(),
    permalinkPages(),
    hostFiles(),
    previewAddresses(),
    // Last: removes what this build did not write, once every other integration has written its files.
    reusedOutput(),
  ],
  experimental: { contentIntellisense: true },
  markdown: {
    // Raw HTML in answers parsed into elements, so that the plugins read its links like Markdown's.
    processor: markdownProcessor,
  },
  // Pages carry no inline style or script but the few the policy knows by hash (src/html/inline-scripts.ts):
  // stylesheets and Astro's processed scripts are always files, however small.
  build: { inlineStylesheets: 'never' },
  vite: {
    plugins: [tailwindcss()],
    // The benchmark's corpora and their builds (bench/corpora/, hundreds of thousands of files) are no source of
    // the site, unless FAQ_CONTENT_DIR points into them: then that folder and the ones above it are watched.
    server: {
      watch: {
        ignored: [
          (path) => path.startsWith(benchCorpora) && !path.startsWith(contentDir()) && !contentDir().startsWith(path),
        ],
        // An editor saves by emptying the file, then writing it. Chokidar reports the emptying and drops the events
        // that follow within 50 ms (its throttle keeps the first, not the last): the content loader could read the
        // empty file and never hear of the answer written a moment later. So each event waits until the file's size
        // has held for 50 ms: every change to a watched file, code too, shows 50 ms later.
        awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 },
      },
    },
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        onLog(level, log, handler) {
          // Every MDX module triggers this known, harmless upstream warning.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
};
