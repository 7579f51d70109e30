import { test } from '@playwright/test';

/**
 * The builds that tests/pages/ checks: the folders listed in PAGES_DIST (separated by commas), else dist/, the
 * build of content/ that npm test makes. A suite over other content plugs in here: build each FAQ into a
 * folder of its own (`FAQ_CONTENT_DIR=<content> npm run build -- --outDir <folder>`), then run
 * `PAGES_DIST=<folder>,<folder> npx playwright test --project=pages`: every check runs on every folder.
 */
export const builtSiteFolders = (process.env.PAGES_DIST ?? 'dist').split(',').filter(Boolean);

/** Declares the tests of `declare` once per build folder, each folder under its own title when there are several. */
export function forEachBuiltSite(declare: (dir: string) => void) {
  for (const dir of builtSiteFolders) {
    if (builtSiteFolders.length === 1) declare(dir);
    else test.describe(dir, () => declare(dir));
  }
}
