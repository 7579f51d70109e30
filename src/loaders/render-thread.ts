// The thread a large build renders its answers on (started by src/loaders/render-ahead.ts): the renderer Astro
// makes from the same settings, its results sent back in order, a batch at a time.
import type { AstroConfig } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { parentPort, workerData } from 'node:worker_threads';
import { markdownProcessor, shikiConfig } from '../markdown/markdown-settings.ts';
import { BY_THREAD, UNCLAIMED } from './render-claims.ts';

/** One body of Markdown, and the file it comes from (relative image paths are read from it). */
export interface RenderJob {
  markdown: string;
  fileURL: string;
}

/** Astro's resolved Markdown and image settings besides the processor and Shiki: plain data, copied to the thread. */
export type RendererSettings = Pick<AstroConfig['markdown'], 'syntaxHighlight' | 'gfm' | 'smartypants'> & { image: Pick<AstroConfig['image'], 'domains' | 'remotePatterns'> };

/** A rendered body, or the message of what stopped it. */
export type RenderResult = Awaited<ReturnType<LoaderContext['renderMarkdown']>> | { error: string };

/** What the thread posts: results, each with its job's place in the list. */
export interface RenderBatch {
  results: [index: number, result: RenderResult][];
}

const BATCH = 10;

if (parentPort) {
  const port = parentPort;
  const { settings, jobs, claims } = workerData as { settings: RendererSettings; jobs: RenderJob[]; claims: Int32Array };
  const renderer = await markdownProcessor.createRenderer({ ...settings, shikiConfig } as Parameters<typeof markdownProcessor.createRenderer>[0]);
  let results: RenderBatch['results'] = [];
  const send = () => {
    if (results.length > 0) port.postMessage({ results } satisfies RenderBatch);
    results = [];
  };
  for (const [index, { markdown, fileURL }] of jobs.entries()) {
    // A job the loader took means the loader has caught up: it may be waiting for the results not sent yet.
    if (Atomics.compareExchange(claims, index, UNCLAIMED, BY_THREAD) !== UNCLAIMED) {
      send();
      continue;
    }
    try {
      // As Astro's renderMarkdown gives it (astro/dist/content/content-layer.js): the image paths in one list.
      const { code, metadata } = await renderer.render(markdown, { frontmatter: {}, fileURL: new URL(fileURL) });
      results.push([index, { html: code, metadata: { ...metadata, imagePaths: [...(metadata.localImagePaths ?? []), ...(metadata.remoteImagePaths ?? [])] } }]);
    } catch (error) {
      results.push([index, { error: (error as Error).message }]);
    }
    if (results.length === BATCH) send();
  }
  send();
}
