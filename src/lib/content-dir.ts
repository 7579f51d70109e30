import { resolve } from 'node:path';

/**
 * The folder that holds `site.json`, `questions/` and `sections/`.
 * `FAQ_CONTENT_DIR` points the build at other content (test fixtures, benchmark corpora).
 */
export function contentDir(): string {
  return resolve(process.env.FAQ_CONTENT_DIR ?? 'content');
}
