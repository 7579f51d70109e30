import { defineConfig } from 'vitest/config';

// The in-process layers of the suite (README, "Tests"): `vitest run --project unit` (or `contract`, `build`) runs
// one alone. `upstream` runs apart from npm test, in CI (npm run test:upstream).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The files share one module graph per worker instead of importing src/ again for each file: the
          // imports were most of the layer's time. Each test sets up what it reads (content copies, env).
          isolate: false,
          // npm test runs them beside the builds and the linters, which can slow a test that starts a tool
          // (git, actionlint) several times over.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          // What src/ assumes about the tools it builds on, against the tools themselves: Pagefind (its Node API
          // and pagefind.js) and Astro's image service.
          name: 'contract',
          include: ['tests/contract/**/*.test.ts'],
          isolate: false,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // One build of fixture content, before the tests, for the tests that read it or build over a copy.
          globalSetup: ['tests/support/fixture-build-setup.ts'],
          // Each test runs Astro or an npm script on fixture content; the Astro runs of one checkout take turns
          // (tests/support/astro-lock.ts), and the wait counts in a test's time.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          // The AKS FAQ's fifteen upstream versions replayed, fifteen builds: too long for every change.
          name: 'upstream',
          include: ['tests/upstream/**/*.test.ts'],
          testTimeout: 900_000,
        },
      },
    ],
  },
});
