import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INLINE_SCRIPT = /<script\b((?:(?!\bsrc=)[^>])*)>([\s\S]*?)<\/script>/g;
// Data blocks (JSON-LD) need no source; speculation rules are not run either, but the browser applies them
// only when script-src allows them, so they are hashed like scripts.
const DATA_BLOCK = /\btype="(?!module"|text\/javascript"|speculationrules")[^"]+"/;

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/**
 * The page's Content-Security-Policy: scripts only from this site or as the exact inline code the page
 * ships (by hash), never eval, WASM allowed for search. Styles allow inline style attributes because
 * Shiki colours code that way; nothing else may load from anywhere but this site.
 */
export function contentSecurityPolicy(html: string): string {
  const scriptHashes = [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes]) => !DATA_BLOCK.test(attributes!))
    .map(([, , code]) => hash(code!));
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(scriptHashes)].join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Adds the policy right after each built page's charset declaration, computed from that page's own scripts. */
export default function csp(): AstroIntegration {
  return {
    name: 'faq-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        await Promise.all(
          pages.map(async (page) => {
            const file = join(root, page);
            const html = await readFile(file, 'utf8');
            const meta = `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(html)}">`;
            await writeFile(file, html.replace(/<meta charset="utf-8">/i, (charset) => charset + meta));
          }),
        );
        logger.info(`Content-Security-Policy added to ${pages.length} pages`);
      },
    },
  };
}
