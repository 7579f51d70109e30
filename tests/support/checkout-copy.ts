import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { linkInstalledPackages } from './project-copy.ts';

/**
 * A copy of this checkout as a fork would have it, without its content/: the files git sees (committed or not,
 * never ignored ones), and the installed packages shared, their caches (Astro's, Vite's, the test lock) the
 * copy's own. The caller puts a content/ there.
 */
export function checkoutWithoutContent(prefix: string): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
    .stdout.split('\0')
    .filter((file) => file && !file.startsWith('content/'));
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(file, join(copy, file), { errorOnExist: false, force: true });
  }
  linkInstalledPackages(copy);
  return copy;
}
