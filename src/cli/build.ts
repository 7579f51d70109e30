// npm run build — builds into a fresh folder and swaps it in only when the build, the content checks and
// the search index all succeeded, so a failed build leaves the previous site exactly as it was.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { runAstro } from './astro.ts';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--outDir');
const outDir = outFlag >= 0 ? args.splice(outFlag, 2)[1]! : 'dist';
const next = `${outDir}.next`;
const previous = `${outDir}.previous`;

rmSync(next, { recursive: true, force: true });
const status = runAstro(['build', '--outDir', next, ...args]);
if (status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nBuild failed: ${existsSync(outDir) ? `${outDir}/ still holds the previous site, unchanged.` : `nothing was written to ${outDir}/.`}`);
  process.exit(status);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(next, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Site ready in ${outDir}/.`);
