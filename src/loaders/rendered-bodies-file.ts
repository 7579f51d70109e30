import type { RenderedContent } from 'astro:content';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Collection } from '../schemas/collections.ts';
import { renderedBodies } from './rendered-bodies.ts';

/** Where a collection's rendered bodies are kept between builds: beside Astro's data store, in its cache folder. */
export const renderedBodiesFile = (cacheDir: URL, collection: Collection) =>
  fileURLToPath(new URL(`rendered-${collection}.json`, cacheDir));

/** Reads the bodies the last build kept (`file`, in Astro's cache folder) into the process's map. */
export function loadRenderedBodies(file: string): void {
  try {
    for (const [digest, body] of Object.entries(
      JSON.parse(readFileSync(file, 'utf8')) as Record<string, RenderedContent>,
    ))
      renderedBodies.set(digest, body);
  } catch {
    // No file yet, or one a stopped build left half written: the loader renders what it does not find.
  }
}

/** Keeps the bodies of `digests` (the entries of this build) for the next one, written whole or not at all. */
export function saveRenderedBodies(file: string, digests: Iterable<string>): void {
  const kept: Record<string, RenderedContent> = {};
  for (const digest of digests) {
    const body = renderedBodies.get(digest);
    if (body) kept[digest] = body;
  }
  mkdirSync(dirname(file), { recursive: true });
  // A name of this process's own: a dev server and a build of the same content may save at the same moment.
  const next = `${file}.${process.pid}.next`;
  writeFileSync(next, JSON.stringify(kept));
  renameSync(next, file);
}
