import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startAstro } from '../../src/cli/astro.ts';
import type { BenchTarget } from './bench-targets.ts';
import { median } from './stats.ts';

/** How `npm run dev` serves a writer. */
export interface DevFigures {
  /** From starting the server to its first section page. */
  readyMs: number;
  /** A section page requested again, median of three. */
  pageMs: number;
  /** From saving an edited answer to its section page showing the edit. */
  editVisibleMs: number;
}

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const giveUpMs = 180_000;
// Between two requests for a page that does not show the edit yet: often enough to see it within a tenth of a second.
const pollMs = 100;

const timed = async (url: string): Promise<{ ms: number; text: string }> => {
  const start = performance.now();
  const response = await fetch(url);
  return { text: response.ok ? await response.text() : '', ms: performance.now() - start };
};

/** Requests the page until `done` holds for its text; the time from `since` to that answer. */
async function until(url: string, since: number, done: (text: string) => boolean): Promise<number> {
  for (;;) {
    const page = await timed(url).catch(() => undefined);
    if (page && done(page.text)) return performance.now() - since;
    if (performance.now() - since > giveUpMs)
      throw new Error(`${url} did not ${page ? 'show the edit' : 'answer'} within ${giveUpMs / 1000} s`);
    await new Promise((wait) => setTimeout(wait, pollMs));
  }
}

/**
 * Starts the dev server on the target's content, then saves an edit to one answer and waits for its page to show it.
 */
export async function measureDevEdit(target: BenchTarget, port: number): Promise<DevFigures> {
  const env = { ...process.env, FAQ_CONTENT_DIR: target.contentDir, FORCE_COLOR: '0' };
  const started = performance.now();
  const server = startAstro(['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectDir,
    env,
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}${target.sectionPath}`;
  const original = readFileSync(target.touchFile, 'utf8');
  try {
    const readyMs = await until(url, started, (text) => text.length > 0);
    const pages: number[] = [];
    for (let i = 0; i < 3; i++) pages.push((await timed(url)).ms);
    const marker = `edited-for-the-benchmark-${Date.now()}`;
    const saved = performance.now();
    appendFileSync(target.touchFile, `\nThis answer was ${marker}.\n`);
    const editVisibleMs = await until(url, saved, (text) => text.includes(marker));
    return { readyMs, pageMs: median(pages), editVisibleMs };
  } finally {
    writeFileSync(target.touchFile, original);
    // Nothing of the server's is kept: it need not shut down in order.
    process.kill(-server.pid!, 'SIGKILL');
  }
}
