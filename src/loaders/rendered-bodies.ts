import { join } from 'node:path';
import { codeVersion } from '../build-cache/code-version-fs.ts';
import { DiskCache } from '../build-cache/disk-cache-fs.ts';
import { processWide } from '../build-cache/process-wide.ts';
import type { RenderedPart } from '../pipeline/answer-parts.ts';
import type { Collection } from '../schemas/collections.ts';

/** An answer or introduction as the content loader rendered it: its HTML, in parts around the answer components. */
export interface RenderedBody {
  parts: RenderedPart[];
}

// The content loaders and the pages are separate module graphs in one process (the build, or the dev server).
const caches = processWide('rendered-bodies', () => new Map<Collection, DiskCache<RenderedBody>>());

/**
 * The rendered bodies of a collection, by the entry's digest, kept on disk in Astro's cache folder between
 * builds. They are kept beside Astro's data store, not in it: Astro serializes its store, writes it into the
 * server bundle as one module and parses it again to render the pages, which for a large FAQ costs more than
 * rendering the answers. The HTML depends on the code, its dependencies and where the site is served (links
 * get the base path), so all of those are the cache's version.
 */
export function renderedBodiesIn(
  collection: Collection,
  where: { root: string; cacheDir: string; address: string; later: boolean },
) {
  const cache = new DiskCache<RenderedBody>({
    file: join(where.cacheDir, `rendered-${collection}.bin`),
    version: `${codeVersion(where.root)} ${where.address}`,
    later: where.later,
  });
  caches.set(collection, cache);
  return cache;
}

/** An entry's body as the content loader rendered it; undefined for the bodies Astro renders (MDX modules, images). */
export const renderedBody = (collection: Collection, digest: string | number | undefined) =>
  digest === undefined ? undefined : caches.get(collection)?.get(String(digest));
