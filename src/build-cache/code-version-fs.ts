import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What every cache kept between builds is made with: each file of `src/`, `astro.config.mjs`, the locked
 * dependencies (`package-lock.json`: Astro, Sätteri, Shiki…) and the Node that runs them. A cache records it
 * and is thrown away whole when it differs, so no change to the code can leave a page built by older code.
 * Listing the whole of `src/` rather than the modules a cache imports costs a few rebuilds from scratch and
 * can never miss one.
 */
export function codeVersion(root = process.cwd()): string {
  const files = [
    ...readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name)),
    join(root, 'astro.config.mjs'),
    join(root, 'package-lock.json'),
  ].toSorted();
  const hash = createHash('sha256').update(process.version);
  for (const file of files) hash.update(`\n${relative(root, file)}\n`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}
