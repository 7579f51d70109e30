import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fixtureSite } from './tests/support/fixture-site.ts';
import { basePathSite } from './tests/support/base-path-site.ts';

// The browser: CHROMIUM_PATH if set, else Debian's Chromium, else the one `npx playwright install` downloads.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// E2E_PORT lets two checkouts run their browser tests side by side; the fixture site takes the next port.
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      // Each build waits for the others (tests/support/locked-astro.ts): two Astro builds in one checkout clash.
      command: `npx node tests/support/locked-astro.ts build --outDir ${fixtureSite.outDir} && npx astro preview --outDir ${fixtureSite.outDir} --host 127.0.0.1 --port ${fixtureSite.port} --ignore-lock`,
      env: { FAQ_CONTENT_DIR: fixtureSite.contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
      url: `${fixtureSite.url}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // The same fixture for a host that serves it under a path (tests/e2e/base-path.spec.ts); astro preview serves it there too.
      command: `npx node tests/support/locked-astro.ts build --outDir ${basePathSite.outDir} && npx astro preview --outDir ${basePathSite.outDir} --host 127.0.0.1 --port ${basePathSite.port} --ignore-lock`,
      env: { FAQ_CONTENT_DIR: basePathSite.contentDir, ASTRO_TELEMETRY_DISABLED: '1', ...basePathSite.env },
      url: basePathSite.url,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
