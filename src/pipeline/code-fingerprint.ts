import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The files of `path`, itself when it is one, each by its name relative to `path`, in a stable order. */
function filesOf(path: string): [name: string, file: string][] {
  if (statSync(path).isFile()) return [['', path]];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry): [string, string] => [
      relative(path, join(entry.parentPath, entry.name)),
      join(entry.parentPath, entry.name),
    ])
    .toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A fingerprint of the code in `paths` (files, or folders read whole): it changes when any byte of them does.
 * What a cache keeps from build to build is kept with the fingerprint of the code that made it, and made
 * again when the fingerprint differs: Astro clears its own caches when its config changes, but cannot see a
 * change inside a Markdown plugin (src/loaders/content-loader.ts) or the content pipeline (src/pipeline/kept-readings.ts).
 */
export function codeFingerprint(...paths: string[]): string {
  const hash = createHash('sha256');
  for (const path of paths)
    for (const [name, file] of filesOf(path)) hash.update(`${name}\n`).update(readFileSync(file)).update('\n');
  return hash.digest('hex').slice(0, 16);
}
