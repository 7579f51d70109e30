// ESLint: the recommended rules of JavaScript, TypeScript and Astro; lines of at most 120 characters (Prettier
// formats the code; comments and strings it cannot break are kept short by hand); and the layers of src/.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/ in the order data flows, each allowed to import only from itself and the folders before
 * it: content is read and checked, becomes the FAQ model, then pages. README.md, "Layout of the code".
 */
const layers = [
  ['utils', 'src/utils/**'],
  ['text', 'src/text/**'],
  ['urls', 'src/urls/**'],
  ['search', 'src/search/*.ts'],
  ['search/pagefind', 'src/search/pagefind/*.ts'],
  ['schemas', 'src/schemas/**'],
  ['build-cache', 'src/build-cache/**'],
  ['pipeline', 'src/pipeline/**'],
  ['rules', 'src/rules/**'],
  ['gate', 'src/gate/**'],
  ['settings', 'src/settings/**'],
  ['faq', 'src/faq/**'],
  ['upstream', 'src/upstream/**'],
  ['html', 'src/html/**'],
  ['markdown', 'src/markdown/**'],
  ['hosting', 'src/hosting/**'],
  ['loaders', 'src/loaders/**', 'src/content.config.*'],
  ['integrations', 'src/integrations/**'],
  ['search/pagefind/indexing', 'src/search/pagefind/indexing/**'],
  ['search/index', 'src/search/index/**'],
  ['browser', 'src/scripts/**', 'src/search/client/**'],
  ['pages', 'src/components/**', 'src/layouts/**', 'src/pages/**'],
  ['cli', 'src/cli/**'],
];
const [browser] = layers.filter(([name]) => name === 'browser');
/** What code that runs in the browser may import: nothing that reads the disk or the build's settings. */
const browserSafe = ['utils', 'text', 'urls', 'search', 'search/pagefind'];

const zones = layers.slice(0, -1).flatMap(([name, ...targets], i) =>
  targets.map((target) => ({
    target,
    from: layers.slice(i + 1).flatMap(([, ...globs]) => globs),
    message: `${name} may not import a folder that comes after it (the order is the list in eslint.config.js).`,
  })),
);
const browserZones = browser.slice(1).map((target) => ({
  target,
  from: layers.filter(([name]) => !browserSafe.includes(name) && name !== 'browser').flatMap(([, ...globs]) => globs),
  message: `Browser code may import only ${browserSafe.join(', ')}: the rest reads the disk or the build's settings.`,
}));

export default defineConfig(
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
  {
    // A test's title is a sentence and its content a file's bytes: kept whole, where a line of code would be broken.
    files: ['tests/**'],
    rules: {
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignorePattern: '^import ' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,astro}'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...zones, ...browserZones] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
);
