import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { withAstroLock } from './astro-lock.ts';

/**
 * A writable copy of tests/fixtures/site with some files replaced (text or bytes) or deleted (null), as a writer might.
 */
export const contentWith = (changes: Record<string, string | Uint8Array | null> = {}) =>
  copyWith('tests/fixtures/site', 'faq-content-', changes);

/** A writable copy of the project's public/ folder with some files added or replaced (text or bytes). */
export const publicWith = (changes: Record<string, string | Uint8Array> = {}) =>
  copyWith('public', 'faq-public-', changes);

function copyWith(folder: string, prefix: string, changes: Record<string, string | Uint8Array | null>): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(folder, dir, { recursive: true });
  for (const [file, text] of Object.entries(changes)) {
    const path = join(dir, file);
    if (text === null) rmSync(path);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  return dir;
}

export interface RunResult {
  code: number | null;
  output: string;
}

/**
 * Runs one of the project's npm scripts on a content folder, as a writer would, with any more environment variables.
 */
export function runScript(
  script: string,
  contentDir: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<RunResult> {
  const startsAstro = script === 'build' || (script === 'check' && !args.includes('--content-only'));
  return startsAstro
    ? withAstroLock(() => spawnScript(script, contentDir, args, env))
    : spawnScript(script, contentDir, args, env);
}

function spawnScript(
  script: string,
  contentDir: string,
  args: string[],
  env: Record<string, string>,
): Promise<RunResult> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      env: {
        ...process.env,
        ...env,
        FAQ_CONTENT_DIR: resolve(contentDir),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}
