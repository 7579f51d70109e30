import { satteri } from '@astrojs/markdown-satteri';
import { basePathLinks } from './base-path-links.ts';
import { codeColorClasses, codeThemes } from './code-color-classes.ts';
import { codeFrames } from './code-frames.ts';
import { externalLinks } from './external-links.ts';
import { untimedTokenizing } from './untimed-tokenizing.ts';

/**
 * How answers and introductions become HTML, in one place: astro.config.mjs gives Astro this processor, and the
 * code-highlighting integration these Shiki settings. A new plugin is a file of this folder, listed here.
 */
export const markdownProcessor = satteri({
  // Raw HTML in answers parsed into elements, so that the plugins read its links like Markdown's.
  features: { rawHtml: true },
  hastPlugins: [externalLinks, basePathLinks, codeFrames],
});

/** Code blocks in both themes, with classes rather than style attributes, every line to its end. */
export const shikiConfig = {
  themes: codeThemes,
  defaultColor: false as const,
  transformers: [untimedTokenizing, codeColorClasses],
};
