import { devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// The browser: CHROMIUM_PATH if set, else Debian's Chromium, else the one `npx playwright install` downloads.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Chromium as every browser test drives it: Playwright's desktop Chrome, quiet and without a sandbox. */
export const desktopChromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
};
