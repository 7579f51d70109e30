import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse } from 'ultrahtml';
import { querySelector } from 'ultrahtml/selector';

/**
 * Every page of the last build that a reader can open, as paths: all HTML files of dist/ except the
 * permalink pages that only redirect to a section page. The 404 page is opened at an address that does
 * not exist, and the search page is visited once more with results.
 */
export function builtPages(dir = 'dist'): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .filter((file) => !querySelector(parse(readFileSync(join(dir, file), 'utf8')), 'meta[http-equiv="refresh"]'))
    .map((file) => `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/'))
    .map((path) => (path === '/404/' ? '/no-such-page/' : path))
    .flatMap((path) => (path === '/search/' ? [path, '/search/?q=upgrade'] : [path]))
    .sort();
}
