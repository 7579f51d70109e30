// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinks } from './src/markdown/external-links.ts';
import { codeFrames } from './src/markdown/code-frames.ts';
import search from './src/search/index/integration.ts';
import csp from './src/integrations/csp.ts';
import permalinkPages from './src/integrations/permalinks.ts';
import allQuestionsPage from './src/integrations/all-questions-page.ts';
import moduleUrlImports from './src/integrations/module-urls.ts';
import contentCheck from './src/integrations/content-check.ts';
import editorSchemas from './src/integrations/editor-schemas.ts';
import { site } from './src/lib/site.ts';
import { inSitemap } from './src/lib/routes.ts';
import { contentCacheDir } from './src/lib/content-dir.ts';

const cacheDir = contentCacheDir();

export default defineConfig({
  site: site.url,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  integrations: [
    contentCheck(),
    editorSchemas(),
    allQuestionsPage(),
    moduleUrlImports(),
    mdx(),
    // The site's own routes (permalink redirects, search, 404…) are not pages to index: src/lib/routes.ts.
    sitemap({ filter: (page) => inSitemap(new URL(page).pathname) }),
    search(),
    // Before csp(), which adds the policy to every page of the output, these included.
    permalinkPages(),
    csp(),
  ],
  experimental: { contentIntellisense: true },
  markdown: {
    processor: satteri({ hastPlugins: [externalLinks, codeFrames] }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: 'light-dark()' },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Every MDX module triggers this known, harmless upstream warning.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
