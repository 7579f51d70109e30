import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * The folder that holds `site.json`, `questions/` and `sections/`.
 * `FAQ_CONTENT_DIR` points the build at other content (test fixtures, benchmark corpora).
 */
export function contentDir(): string {
  return resolve(process.env.FAQ_CONTENT_DIR ?? 'content');
}

/** Astro's cache folder for a content folder other than `content/`: one per folder, relative to the project. */
export const cacheDirFor = (dir: string) =>
  `./node_modules/.astro-content/${createHash('sha1').update(dir).digest('hex').slice(0, 12)}`;

/**
 * Astro's cache folder for the content being built: Astro's default for the site's own content, one folder per
 * content folder for `FAQ_CONTENT_DIR` (fixtures, benchmark corpora), so that builds of different content never
 * reuse each other's caches.
 */
export const contentCacheDir = (): string =>
  process.env.FAQ_CONTENT_DIR ? cacheDirFor(contentDir()) : './node_modules/.astro';
