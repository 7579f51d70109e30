// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import contentCheck from './src/integrations/content-check.ts';
import editorSchemas from './src/integrations/editor-schemas.ts';
import { createHash } from 'node:crypto';
import { site } from './src/lib/site.ts';
import { contentDir } from './src/lib/content-dir.ts';

// Other content (fixtures, benchmark corpora) keeps its own content-layer cache so builds never mix.
const cacheDir = process.env.FAQ_CONTENT_DIR
  ? `./node_modules/.astro-content/${createHash('sha1').update(contentDir()).digest('hex').slice(0, 12)}`
  : undefined;

export default defineConfig({
  site: site.url,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  integrations: [contentCheck(), editorSchemas(), mdx()],
  experimental: { contentIntellisense: true },
  markdown: {
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
