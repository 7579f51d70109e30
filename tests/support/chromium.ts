import { existsSync } from 'node:fs';

const installed = (path: string) => (existsSync(path) ? path : undefined);

/**
 * Chromium as readers run it, for Lighthouse and the benchmark: CHROMIUM_PATH if set, else Debian's package
 * (`apt-get install chromium`), else none given (Playwright's own, where `npx playwright install` could fetch it).
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? installed('/usr/bin/chromium');

/**
 * What the browser tests drive: CHROMIUM_PATH if set, else Debian's headless shell (`apt-get install
 * chromium-headless-shell`), the lighter build that Playwright itself runs headless tests in, else the above.
 */
export const testChromiumPath =
  process.env.CHROMIUM_PATH ?? installed('/usr/lib/chromium/chromium-headless-shell') ?? chromiumPath;

/** A headless Chromium on a build machine: no sandbox (containers lack one), no GPU, nothing fetched on its own. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright's launch options for one of those, with those flags. */
export const chromiumLaunchOptions = (executablePath: string | undefined) => ({
  ...(executablePath ? { executablePath } : {}),
  args: chromiumFlags,
});
