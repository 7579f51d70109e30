// npm run build — builds into a folder of its own and swaps it in only when the build, the content checks and
// the search index all succeeded, so a failed build leaves the previous site exactly as it was. The site it
// replaces is kept as the folder of the next build, which writes over its files (src/integrations/reused-output.ts).
import './content-option.ts';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { outputFolders } from '../settings/output-folders.ts';
import { runAstro } from './astro.ts';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--outDir');
const outDir = outFlag >= 0 ? args.splice(outFlag, 2)[1]! : 'dist';
const { next, spare } = outputFolders(outDir);

// A folder a stopped build left behind is as good a start as the spare one.
if (existsSync(next)) rmSync(spare, { recursive: true, force: true });
else if (existsSync(spare)) renameSync(spare, next);
const status = runAstro(['build', '--outDir', next, ...args]);
if (status !== 0) {
  if (existsSync(next)) renameSync(next, spare);
  const kept = existsSync(outDir)
    ? `${outDir}/ still holds the previous site, unchanged.`
    : `nothing was written to ${outDir}/.`;
  console.error(`\nBuild failed: ${kept}`);
  process.exit(status);
}
if (existsSync(outDir)) renameSync(outDir, spare);
renameSync(next, outDir);
console.log(`Site ready in ${outDir}/.`);
