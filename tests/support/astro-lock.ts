import { mkdirSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

// Astro writes the lists of content modules and assets of a build into the checkout's one .astro/ folder,
// whatever content it builds, so two builds (or a build and a dev server) at once can bundle each other's
// lists. The test files run in parallel; each Astro run waits for this lock, which is a folder (mkdir is atomic).
const lock = resolve('node_modules/.cache/astro-run.lock');
const STALE_MS = 10 * 60_000;

/** Waits until no other test runs Astro in this checkout, and gives the function that lets the next one run. */
async function acquireAstroLock(): Promise<() => void> {
  mkdirSync(resolve(lock, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a test process that was killed is not waited for.
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > STALE_MS)
        rmSync(lock, { recursive: true, force: true });
      await new Promise((retry) => setTimeout(retry, 100));
    }
  }
  return () => rmSync(lock, { recursive: true, force: true });
}

/** Runs `run` (which starts Astro) when no other test runs Astro in this checkout. */
export async function withAstroLock<T>(run: () => Promise<T>): Promise<T> {
  const release = await acquireAstroLock();
  try {
    return await run();
  } finally {
    release();
  }
}
