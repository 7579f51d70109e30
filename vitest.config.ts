import { defineConfig } from 'vitest/config';

// Three layers of the suite (README, "Tests"): `vitest run --project unit` (or `contract`, `build`) runs one alone.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          // What src/search/pagefind/ assumes about Pagefind, against Pagefind itself (its Node API and pagefind.js).
          name: 'contract',
          include: ['tests/contract/**/*.test.ts'],
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Each test runs Astro or an npm script on fixture content; the Astro runs of one checkout take turns
          // (tests/support/astro-lock.ts), and the wait counts in a test's time.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
