import { Worker } from 'node:worker_threads';

/** A file to write: its absolute path and its content. */
export type OutputFile = [path: string, content: string | Uint8Array];

// Plain JavaScript, a worker's whole source: it writes the files it is given, creating each folder once.
const writer = `
const { workerData } = require('node:worker_threads');
const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
const made = new Set();
for (const [path, content] of workerData) {
  const folder = dirname(path);
  if (!made.has(folder)) mkdirSync(folder, { recursive: true });
  made.add(folder);
  writeFileSync(path, content);
}`;

/**
 * Writes files on a worker thread: creating ten thousand files (the permalink pages, Pagefind's fragments)
 * waits mostly on the file system, and this way it overlaps the build's work on the main thread instead of
 * following it.
 */
export function writeFilesInBackground(files: OutputFile[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(writer, { eval: true, workerData: files });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`Writing ${files.length} files stopped with exit code ${code}.`)),
    );
  });
}
