import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes a file whole: beside it under a name of this process's own, then renamed over it, so that a reader (or
 * another process writing the same file) never sees half of it.
 */
export function writeWhole(file: string, data: string | NodeJS.ArrayBufferView): void {
  const next = `${file}.${process.pid}.next`;
  writeFileSync(next, data);
  renameSync(next, file);
}
