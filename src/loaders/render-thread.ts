// The thread a large build renders its answers on (started by src/loaders/render-ahead.ts): the renderer Astro
// makes from the same settings, its results sent back in order, a batch at a time.
import type { AstroConfig } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { parentPort, workerData } from 'node:worker_threads';
import { markdownProcessor, shikiConfig } from '../markdown/markdown-settings.ts';

/** One body of Markdown, and the file it comes from (relative image paths are read from it). */
export interface RenderJob {
  markdown: string;
  fileURL: string;
}

/** Astro's resolved Markdown and image settings besides the processor and Shiki: plain data, copied to the thread. */
export type RendererSettings = Pick<AstroConfig['markdown'], 'syntaxHighlight' | 'gfm' | 'smartypants'> & {
  image: Pick<AstroConfig['image'], 'domains' | 'remotePatterns'>;
};

/** A rendered body, or the message of what stopped it. */
export type RenderResult = Awaited<ReturnType<LoaderContext['renderMarkdown']>> | { error: string };

/** What the thread posts: the results of the jobs from `from` on. */
export interface RenderBatch {
  from: number;
  results: RenderResult[];
}

const BATCH = 50;

if (parentPort) {
  const { settings, jobs } = workerData as { settings: RendererSettings; jobs: RenderJob[] };
  const renderer = await markdownProcessor.createRenderer({ ...settings, shikiConfig } as Parameters<
    typeof markdownProcessor.createRenderer
  >[0]);
  for (let from = 0; from < jobs.length; from += BATCH) {
    const results: RenderResult[] = [];
    for (const { markdown, fileURL } of jobs.slice(from, from + BATCH)) {
      try {
        // As Astro's renderMarkdown gives it (astro/dist/content/content-layer.js): the image paths in one list.
        const { code, metadata } = await renderer.render(markdown, { frontmatter: {}, fileURL: new URL(fileURL) });
        results.push({
          html: code,
          metadata: {
            ...metadata,
            imagePaths: [...(metadata.localImagePaths ?? []), ...(metadata.remoteImagePaths ?? [])],
          },
        });
      } catch (error) {
        results.push({ error: (error as Error).message });
      }
    }
    parentPort.postMessage({ from, results } satisfies RenderBatch);
  }
}
