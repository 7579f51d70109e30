import type { AstroIntegration } from 'astro';
import { codeColorsStylesheet } from '../markdown/code-color-classes.ts';
import { shikiConfig } from '../markdown/markdown-settings.ts';

const stylesheetId = 'virtual:faq/code-colors.css';

/**
 * Code blocks highlighted in both themes with classes rather than style attributes
 * (src/markdown/code-color-classes.ts), every line to its end however busy the machine
 * (src/markdown/untimed-tokenizing.ts), and the stylesheet of those classes as a module of the build, which
 * BaseLayout.astro imports so that every page has it (Astro's `page-ssr` scripts skip injected routes such as /all/).
 * List it before mdx(), which takes its Markdown settings from here.
 */
export default function codeHighlighting(): AstroIntegration {
  return {
    name: 'faq-code-highlighting',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          markdown: { shikiConfig },
          vite: {
            plugins: [
              {
                name: 'faq-code-colors',
                resolveId: (id) => (id === stylesheetId ? `\0${stylesheetId}` : undefined),
                load: (id) => (id === `\0${stylesheetId}` ? codeColorsStylesheet() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
