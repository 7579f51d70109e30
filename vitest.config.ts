import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dist/**/*.test.ts'],
    // Tests that run Astro wait their turn for it (tests/support/astro-lock.ts), which counts in their time.
    testTimeout: 180_000,
  },
});
