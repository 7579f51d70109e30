import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What Astro needs of the project to build or serve a site: its code, public files and configuration. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Where the installed packages keep caches of their own, which a copy must not share. */
const CACHES = new Set(['.cache', '.astro', '.astro-content', '.vite', '.vite-temp']);

/**
 * A copy of the project, for a test that changes its code or public files while Astro runs: the installed
 * packages are shared (one link per package), their caches are the copy's own, and so is its `.astro/` folder,
 * so that it needs no turn at the checkout's Astro lock.
 */
export function projectCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'faq-project-'));
  for (const file of PROJECT_FILES) cpSync(file, join(copy, file), { recursive: true });
  linkInstalledPackages(copy);
  return copy;
}

/** Gives a copy this checkout's installed packages, one link per package, and caches of its own. */
export function linkInstalledPackages(copy: string): void {
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync('node_modules')) {
    if (!CACHES.has(entry)) symlinkSync(resolve('node_modules', entry), join(copy, 'node_modules', entry));
  }
}
