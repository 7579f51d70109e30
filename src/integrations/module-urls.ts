import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import type { Plugin } from 'vite';

const suffix = '?module-url';
const prefix = '\0module-url:';

/**
 * `import url from './x.ts?module-url'` gives the URL of a browser module built as a chunk of its own, which
 * a script then loads when it needs it, with `import(url)`. A plain `import('./x.ts')` would do the same, but
 * Vite wraps it in a preload helper: JavaScript that every page would load and run before
 * anything is asked of it.
 */
function moduleUrls(): Plugin {
  let base = '/';
  let root = '';
  let building = false;
  return {
    name: 'faq-module-urls',
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
      root = config.root;
      building = config.command === 'build';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(suffix)) return null;
      const resolved = await this.resolve(source.slice(0, -suffix.length), importer, { skipSelf: true });
      return resolved ? `${prefix}${resolved.id}` : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const file = id.slice(prefix.length);
      // The dev server serves every module by its path; a build emits the module as a chunk and gives its URL.
      if (!building) return `export default ${JSON.stringify(`${base}${relative(root, file).split('\\').join('/')}`)};`;
      return `export default import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: file })};`;
    },
  };
}

/** Adds the `?module-url` imports (above) to Astro's Vite. */
export default function moduleUrlImports(): AstroIntegration {
  return {
    name: 'faq-module-urls',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [moduleUrls()] } });
      },
    },
  };
}
