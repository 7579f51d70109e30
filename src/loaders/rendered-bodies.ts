import type { RenderedContent } from 'astro:content';
import { processWide } from '../pipeline/process-cache.ts';

// The content loaders and the pages are separate module graphs in one process (the build, or the dev server).
const bodies = processWide('rendered-bodies', () => new Map<string, RenderedContent>());

/**
 * The rendered bodies of entries that need no image resolved, by the entry's digest. They are kept here, not in
 * Astro's data store: Astro serializes its store, writes it into the server bundle as one module and parses it
 * again to render the pages, which at 10,000 answers costs more than rendering them (bench/README.md). The
 * content loader fills it (and keeps it on disk between builds, src/loaders/rendered-bodies-file.ts).
 */
export const renderedBodies = bodies;

/** An entry's rendered body: from Astro's store, or else from here. */
export const renderedBody = (entry: {
  digest?: string | number | undefined;
  rendered?: RenderedContent | undefined;
}): RenderedContent | undefined =>
  entry.rendered ?? (entry.digest === undefined ? undefined : bodies.get(String(entry.digest)));
