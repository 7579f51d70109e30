import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outputFolders } from '../settings/output-folders.ts';

// Written when the build starts: every file of the output older than it was not written by this build.
const startMark = '.faq-build-started';

/**
 * Removes every file under `dir` older than `since` (ms), then the folders left empty; `.git` is left alone. Whether
 * `dir` is left empty.
 */
export function removeOlderFiles(dir: string, since: number): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.name === '.git') empty = false;
    else if (entry.isDirectory()) {
      if (removeOlderFiles(path, since)) rmdirSync(path);
      else empty = false;
    } else if (statSync(path).mtimeMs < since) rmSync(path);
    else empty = false;
  }
  return empty;
}

/**
 * Builds over the files of the output folder instead of emptying it first, then removes whatever the build
 * did not write. A 10,000-question site has 20,000 files (permalink pages, search fragments): on some file
 * systems (ext4 without a journal) creating that many files soon after deleting as many costs seconds of
 * kernel time, while writing over existing files costs none of it. `npm run build` (src/cli/build.ts) builds
 * in the folder of the site it replaced the time before, so a writer's rebuilds neither delete nor create
 * files by the thousand.
 */
export default function reusedOutput(): AstroIntegration {
  let outDir = '';
  // A build into an empty folder (a first build, a clean checkout) has nothing of an earlier site to remove.
  let startedEmpty = false;
  return {
    name: 'faq-reused-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
        if (command !== 'dev') return;
        // The dev server watches the project for changes, not the built sites (two files per question each).
        const folders = Object.values(outputFolders(fileURLToPath(config.outDir)));
        updateConfig({ vite: { server: { watch: { ignored: folders.map((folder) => `${folder}/**`) } } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        mkdirSync(outDir, { recursive: true });
        startedEmpty = readdirSync(outDir).length === 0;
        writeFileSync(join(outDir, startMark), '');
      },
      // Last of the integrations: every other one has written its files by now.
      'astro:build:done': () => {
        const mark = join(outDir, startMark);
        const since = statSync(mark).mtimeMs;
        rmSync(mark);
        if (!startedEmpty) removeOlderFiles(outDir, since);
      },
    },
  };
}
