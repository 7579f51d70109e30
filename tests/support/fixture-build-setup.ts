import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { contentWith, runScript } from './content-copy.ts';
import { commit, trickyButValid } from './tricky-content.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of the one build of the tricky fixture content, with two days of history. */
    fixtureBuild: string;
    /** The tricky fixture content that build was made of, not changed since. */
    fixtureContent: string;
  }
}

/**
 * Vitest's global setup of the build layer: npm run build on the tricky fixture content, once, before its tests.
 * fixture-build.test.ts reads the site; rebuilds.test.ts builds over a copy of it.
 */
export default async function setup(project: TestProject) {
  // A history with two days: every file on 10 January, the plain answer once more on 20 May.
  const dir = contentWith(trickyButValid);
  commit(dir, '2026-01-10T09:00:00Z', ['.', ':!questions/plain.md']);
  commit(dir, '2026-05-20T17:30:00Z', ['questions/plain.md']);
  const outDir = join(mkdtempSync(join(tmpdir(), 'faq-site-')), 'dist');
  const result = await runScript('build', dir, ['--outDir', outDir]);
  if (result.code !== 0) throw new Error(`npm run build failed on the tricky fixture content:\n${result.output}`);
  project.provide('fixtureBuild', outDir);
  project.provide('fixtureContent', dir);
}
