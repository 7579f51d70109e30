// npx node tests/support/locked-astro.ts <astro arguments>: runs the Astro CLI once no other test runs Astro in
// this checkout (astro-lock.ts), so the browser tests' servers can build their sites side by side.
import { runAstro } from '../../src/cli/astro.ts';
import { withAstroLock } from './astro-lock.ts';

process.exit(await withAstroLock(async () => runAstro(process.argv.slice(2))));
