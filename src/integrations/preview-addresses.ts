import type { AstroIntegration } from 'astro';

/**
 * `npm run preview` opens a page at its address without the trailing slash (`/networking`), as the hosts do by
 * redirecting to it, and answers an unknown address with the site's 404 page. With `trailingSlash: 'always'`,
 * which the build needs for its links and sitemap, Astro's preview server answers both with a bare 404 of its own.
 */
export default function previewAddresses(): AstroIntegration {
  return {
    name: 'faq-preview-addresses',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'preview') updateConfig({ trailingSlash: 'ignore' });
      },
    },
  };
}
