import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const trashDir = fileURLToPath(new URL('../corpora/trash/', import.meta.url));
let moved = 0;

/**
 * Takes a build's output out of the way without deleting it. Deleting 20,000 files costs the next build
 * that creates as many seconds of kernel time on some file systems (ext4 without a journal avoids reusing
 * a deleted inode for a minute or more, and scans past each one), which would bill the benchmark's own
 * cleanup to the build it measures. The trash is emptied when the benchmark is done.
 */
export function moveAside(path: string): void {
  if (!existsSync(path)) return;
  mkdirSync(trashDir, { recursive: true });
  renameSync(path, join(trashDir, `${process.pid}-${++moved}-${basename(path)}`));
}

/** Deletes what moveAside took away, this run's and any an interrupted run left. */
export const emptyTrash = (): void => rmSync(trashDir, { recursive: true, force: true });
