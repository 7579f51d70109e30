// npx node tests/support/build-site.ts <content folder> <out folder>: builds a fixture site for the browser tests,
// waiting its turn for Astro like every other test that runs it in this checkout (astro-lock.ts).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { withAstroLock } from './astro-lock.ts';

const [contentDir, outDir] = process.argv.slice(2);
if (!contentDir || !outDir)
  throw new Error('Usage: npx node tests/support/build-site.ts <content folder> <out folder>');

const status = await withAstroLock(async () => {
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  const env = { ...process.env, FAQ_CONTENT_DIR: resolve(contentDir), ASTRO_TELEMETRY_DISABLED: '1' };
  return spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], { stdio: 'inherit', env }).status;
});
process.exit(status ?? 1);
