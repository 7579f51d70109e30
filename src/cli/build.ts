// npm run build — builds into a fresh folder and swaps it in only when the build, the content checks and
// the search index all succeeded, so a failed build leaves the previous site exactly as it was.
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { runAstro } from './astro.ts';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--outDir');
const outDir = outFlag >= 0 ? args.splice(outFlag, 2)[1]! : 'dist';
const next = `${outDir}.next`;

/**
 * Deletes the replaced site in a process of its own: with ten thousand pages that takes seconds on some file
 * systems, and the new site is ready without waiting for it.
 */
function discard(folder: string) {
  spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder], { detached: true, stdio: 'ignore' }).unref();
}

rmSync(next, { recursive: true, force: true });
const status = runAstro(['build', '--outDir', next, ...args]);
if (status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nBuild failed: ${existsSync(outDir) ? `${outDir}/ still holds the previous site, unchanged.` : `nothing was written to ${outDir}/.`}`);
  process.exit(status);
}
if (existsSync(outDir)) {
  const previous = `${outDir}.previous-${process.pid}`;
  renameSync(outDir, previous);
  renameSync(next, outDir);
  discard(previous);
} else {
  renameSync(next, outDir);
}
console.log(`Site ready in ${outDir}/.`);
