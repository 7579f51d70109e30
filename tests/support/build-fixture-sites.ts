// npx node tests/support/build-fixture-sites.ts [site|base-path …]: builds the fixture sites the site layer runs
// against (all of them by default), one after the other, each waiting its turn for Astro like every other test
// that runs it in this checkout (astro-lock.ts).
import { resolve } from 'node:path';
import { runAstro } from '../../src/cli/astro.ts';
import { withAstroLock } from './astro-lock.ts';
import { fixtureBuilds } from './servers.ts';

const names = process.argv.slice(2);
const unknown = names.filter((name) => !(name in fixtureBuilds));
if (unknown.length > 0)
  throw new Error(`No fixture site called ${unknown.join(', ')}: they are ${Object.keys(fixtureBuilds).join(', ')}.`);

for (const [name, { contentDir, outDir, env }] of Object.entries(fixtureBuilds)) {
  if (names.length > 0 && !names.includes(name)) continue;
  const status = await withAstroLock(async () =>
    runAstro(['build', '--outDir', outDir], { ...process.env, ...env, FAQ_CONTENT_DIR: resolve(contentDir) }),
  );
  if (status !== 0) process.exit(status);
}
