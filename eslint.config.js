// ESLint: the recommended rules of JavaScript, TypeScript and Astro, and lines of at most 120 characters
// (Prettier formats the code; the comments and strings it cannot break are kept short by hand).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'content/',
      'tests/fixtures/',
      'bench/corpora/',
      'bench/results/',
      'bench/peer/',
      'dist/',
      'dist.next/',
      'dist.spare/',
      '.fixture-dist/',
      '.astro/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'max-len': ['error', { code: 120, ignoreUrls: true, ignorePattern: '^import |^\\s*// https?://' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
