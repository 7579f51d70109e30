import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFaqModel } from '../faq/faq-model.ts';
import { movedSections } from '../faq/moved-sections.ts';
import { headersFile } from '../hosting/headers-file.ts';
import { redirectsFile, type Redirect } from '../hosting/redirects-file.ts';
import { staticWebAppConfig } from '../hosting/static-web-app-config.ts';
import { sectionPath, sitePath } from '../settings/site-urls.ts';

/**
 * Writes what the hosts that read it from a file in the upload send: the site's response headers, and a permanent
 * redirect from each retired section's address to the section in its place. `_headers` and `_redirects` for Netlify
 * and Cloudflare Pages, `staticwebapp.config.json` for Azure Static Web Apps. GitHub Pages sends its own headers
 * and no redirect: there the pages' meta tag carries the policy, and the page at a retired section's address sends
 * the reader on (src/integrations/permalinks.ts).
 */
export default function hostFiles(): AstroIntegration {
  return {
    name: 'faq-host-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const redirects = movedSections(readFaqModel()).map(([id, to]): Redirect => [
          sectionPath(id),
          sectionPath(to.id),
        ]);
        await writeFile(join(outDir, '_headers'), headersFile(sitePath));
        await writeFile(join(outDir, '_redirects'), redirectsFile(redirects));
        await writeFile(
          join(outDir, 'staticwebapp.config.json'),
          `${JSON.stringify(staticWebAppConfig(sitePath, redirects), null, 2)}\n`,
        );
        logger.info('Response headers and redirects written to _headers, _redirects and staticwebapp.config.json');
      },
    },
  };
}
