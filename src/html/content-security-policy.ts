import { createHash } from 'node:crypto';
import { permalinkRedirectScript, speculationRules, themeScript } from './inline-scripts.ts';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/**
 * The directives every page is served with: scripts and styles only from this site's own files, plus the few
 * inline scripts the site writes itself, by hash; no inline style, no eval (WebAssembly may compile, for
 * search); images from the site or as data: URLs in its CSS; nothing embedded, no other base, forms only
 * to the site. The same for every page, so a page's meta tag and a host's header carry one policy.
 */
const directives = [
  "default-src 'self'",
  [
    'script-src',
    "'self'",
    "'wasm-unsafe-eval'",
    ...[themeScript, permalinkRedirectScript, speculationRules].map(hash),
  ].join(' '),
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy as the pages' `<meta http-equiv="content-security-policy">` carries it. */
export const contentSecurityPolicy = directives.join('; ');

/** The policy as a header carries it: `frame-ancestors` (no site may frame these pages) works only there. */
export const contentSecurityPolicyHeader = [...directives, "frame-ancestors 'none'"].join('; ');
