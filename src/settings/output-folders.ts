/**
 * The folders `npm run build` keeps for an output folder: the site, the next one being built, and the one it
 * replaced, which the next build writes over (src/cli/build.ts).
 */
export function outputFolders(outDir: string) {
  return { site: outDir, next: `${outDir}.next`, spare: `${outDir}.spare` };
}
