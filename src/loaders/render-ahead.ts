import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentFile } from '../pipeline/content-file.ts';
import { processWide } from '../pipeline/process-cache.ts';
import { bodyOf } from '../pipeline/source-text.ts';
import type { RenderBatch, RendererSettings, RenderJob, RenderResult } from './render-thread.ts';

// The integration that starts the thread and the loaders that take its results are separate module graphs in one process.
const ahead = processWide('render-ahead', () => new Map<string, Promise<RenderResult | undefined>>());

const jobKey = (file: string, markdown: string) => `${file}\n${markdown}`;

/** The Markdown the content loader renders of a file: its body, or the parts of an MDX answer in parts. */
export function markdownOf(file: ContentFile): string[] {
  if (file.renderedAs !== 'mdx') return [bodyOf(file)];
  return (file.parts ?? []).map((part) => part.markdown).filter((markdown) => markdown !== '');
}

/**
 * Renders the files' Markdown on a thread of its own, beside the main thread's start of Astro's content sync;
 * the loader then takes each result (`renderedAhead`) instead of rendering it. A result the thread could not
 * give (it failed to start, or stopped) is undefined, and the loader renders that one itself.
 */
export function renderAhead(markdown: { file: string; markdown: string }[], settings: RendererSettings): void {
  const jobs: RenderJob[] = [];
  const settle: ((result: RenderResult | undefined) => void)[] = [];
  for (const job of markdown) {
    jobs.push({ markdown: job.markdown, fileURL: pathToFileURL(job.file).href });
    ahead.set(jobKey(job.file, job.markdown), new Promise((resolve) => settle.push(resolve)));
  }
  let settled = 0;
  const thread = new Worker(new URL('./render-thread.ts', import.meta.url), { workerData: { settings, jobs } });
  thread.unref();
  thread.on('message', ({ from, results }: RenderBatch) => {
    results.forEach((result, i) => settle[from + i]!(result));
    settled = from + results.length;
  });
  const giveUp = () => settle.slice(settled).forEach((resolve) => resolve(undefined));
  thread.on('error', giveUp);
  thread.on('exit', giveUp);
}

/** The thread's result for this Markdown of this file, given once; undefined when it was not asked for. */
export function renderedAhead(file: string, markdown: string): Promise<RenderResult | undefined> | undefined {
  const result = ahead.get(jobKey(file, markdown));
  ahead.delete(jobKey(file, markdown));
  return result;
}
