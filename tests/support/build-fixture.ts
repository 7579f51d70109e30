import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withAstroLock } from './astro-lock.ts';

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/** Runs the real `astro build` on a content folder, into a fresh temporary folder. */
export function buildContent(contentDir: string, outDir = mkdtempSync(join(tmpdir(), 'faq-dist-'))): Promise<BuildResult> {
  return withAstroLock(() => new Promise<BuildResult>((done) => {
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, FAQ_CONTENT_DIR: resolve(contentDir), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output, outDir }));
  }));
}

/** Builds one of the content folders in tests/fixtures. */
export const buildFixture = (name: string) => buildContent(join('tests/fixtures', name));
