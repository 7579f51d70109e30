import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../hosting/headers-file.ts';
import { staticWebAppConfig } from '../hosting/static-web-app-config.ts';
import { sitePath } from '../settings/site-urls.ts';

/**
 * Writes the site's response headers for the hosts that read them from a file in the upload: `_headers`
 * (Netlify, Cloudflare Pages) and `staticwebapp.config.json` (Azure Static Web Apps). GitHub Pages sends
 * its own; there the pages' meta tag carries the policy.
 */
export default function hostHeaders(): AstroIntegration {
  return {
    name: 'faq-host-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await writeFile(join(outDir, '_headers'), headersFile(sitePath));
        await writeFile(
          join(outDir, 'staticwebapp.config.json'),
          `${JSON.stringify(staticWebAppConfig(sitePath), null, 2)}\n`,
        );
        logger.info('Response headers written to _headers and staticwebapp.config.json');
      },
    },
  };
}
