import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface FolderSize {
  bytes: number;
  files: number;
}

export interface DistFigures {
  dist: FolderSize;
  /** The Pagefind index (everything under /pagefind/): script, WASM, index chunks, fragments. */
  pagefind: FolderSize;
}

function folderSize(dir: string): FolderSize {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** Size on disk, uncompressed, of the built site and of its search index. */
export const measureDist = (outDir: string): DistFigures => ({
  dist: folderSize(outDir),
  pagefind: folderSize(join(outDir, 'pagefind')),
});
