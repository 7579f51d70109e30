import { pagefindExtensions } from '../search/pagefind/bundle-files.ts';
import { fingerprintedPaths, immutable, permalinkHeaders, revalidate, securityHeaders } from './response-headers.ts';
import type { Redirect } from './redirects-file.ts';

/**
 * `staticwebapp.config.json` for Azure Static Web Apps. A request matches at most one route, the first that
 * fits, and gets its headers over the global ones: the redirects first, then fingerprinted files, then
 * permalinks, then everything else (pages and the files that keep their names) revalidated. A missing page is
 * the site's 404 page with status 404; an address of a folder gets its trailing slash, one of a file does not.
 */
export function staticWebAppConfig(sitePath: (path: string) => string, redirects: Redirect[]): object {
  return {
    globalHeaders: securityHeaders,
    routes: [
      // A folder's `index.html` as the route matches the folder with and without its slash too; 301 is the one
      // permanent status Static Web Apps documents for a redirect.
      ...redirects.map(([from, to]) => ({ route: `${from}index.html`, redirect: to, statusCode: 301 })),
      ...fingerprintedPaths.map((path) => ({ route: sitePath(path), headers: immutable })),
      { route: sitePath('/q/*'), headers: permalinkHeaders },
      { route: sitePath('/*'), headers: revalidate },
    ],
    responseOverrides: { '404': { rewrite: sitePath('/404.html'), statusCode: 404 } },
    trailingSlash: 'auto',
    mimeTypes: Object.fromEntries(pagefindExtensions.map((extension) => [extension, 'application/octet-stream'])),
  };
}
