import { contentSecurityPolicyHeader } from '../html/content-security-policy.ts';
import { hashedPagefindFiles } from '../search/pagefind/bundle-files.ts';

/**
 * What every response of the site carries, on hosts that send headers from a file: the pages' policy plus
 * what only a header can say (frame-ancestors), no guessing of content types, the origin alone as referrer
 * to other sites, no access to device features, and HTTPS only for a year.
 */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicyHeader,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Strict-Transport-Security': 'max-age=31536000',
};

/** Files whose name changes with their content: a browser may keep them a year without asking again. */
export const immutable = { 'Cache-Control': 'public, max-age=31536000, immutable' };

/** Files whose address stays while their content changes: a browser asks the host each time (a 304 when unchanged). */
export const revalidate = { 'Cache-Control': 'public, max-age=0, must-revalidate' };

/**
 * The paths, from the site's root, of fingerprinted files: what Astro bundles (`/_astro/`) and the parts of
 * Pagefind's index named by a hash of their content (src/search/pagefind/bundle-files.ts), and the questions'
 * files of search, in a folder named by one (src/search/record.ts). Pagefind's entry files (pagefind.js,
 * pagefind-entry.json, the WebAssembly), the layout and the lexicon keep their names across builds and are
 * revalidated.
 */
export const fingerprintedPaths = [
  '/_astro/*',
  ...hashedPagefindFiles.map((path) => `/pagefind/${path}`),
  '/pagefind/question/*',
];

/**
 * Permalink pages only send the reader on (src/pages/q/[id].astro), and removed questions say so: neither is a page to
 * index.
 */
export const permalinkHeaders = { ...revalidate, 'X-Robots-Tag': 'noindex' };
