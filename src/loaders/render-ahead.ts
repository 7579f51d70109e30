import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentFile } from '../pipeline/content-file.ts';
import { processWide } from '../pipeline/process-cache.ts';
import { bodyOf } from '../pipeline/source-text.ts';
import { BY_LOADER, BY_THREAD, UNCLAIMED } from './render-claims.ts';
import type { RenderBatch, RendererSettings, RenderJob, RenderResult } from './render-thread.ts';

/** A job of the thread: its place in the thread's list, the list's claims, and its result once the thread gives it. */
interface AheadJob {
  index: number;
  claims: Int32Array;
  result: Promise<RenderResult | undefined>;
}

// The integration that starts the thread and the loaders that take its results are separate module graphs in one process.
const ahead = processWide('render-ahead', () => new Map<string, AheadJob>());

/** The claims of the jobs the thread was started with, for `renderingSplit()`. */
const started = processWide('render-ahead.claims', () => ({ claims: undefined as Int32Array | undefined }));

const jobKey = (file: string, markdown: string) => `${file}\n${markdown}`;

/** The Markdown the content loader renders of a file: its body, or the parts of an MDX answer in parts. */
export function markdownOf(file: ContentFile): string[] {
  if (file.renderedAs !== 'mdx') return [bodyOf(file)];
  return (file.parts ?? []).map((part) => part.markdown).filter((markdown) => markdown !== '');
}

/**
 * Renders the files' Markdown on a thread of its own, beside the main thread's start of Astro's content sync;
 * the loader then takes each result (`renderedAhead`) instead of rendering it. Each job goes to whichever
 * thread claims it first (`claims`, shared memory), so a loader that has caught up with the thread renders the
 * jobs the thread has not reached instead of waiting for them. A result the thread could not give (it failed
 * to start, or stopped) is undefined, and the loader renders that one itself.
 */
export function renderAhead(markdown: { file: string; markdown: string }[], settings: RendererSettings): void {
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * markdown.length));
  started.claims = claims;
  const jobs: RenderJob[] = [];
  const settle: ((result: RenderResult | undefined) => void)[] = [];
  markdown.forEach((job, index) => {
    jobs.push({ markdown: job.markdown, fileURL: pathToFileURL(job.file).href });
    ahead.set(jobKey(job.file, job.markdown), { index, claims, result: new Promise((resolve) => settle.push(resolve)) });
  });
  const thread = new Worker(new URL('./render-thread.ts', import.meta.url), { workerData: { settings, jobs, claims } });
  thread.unref();
  thread.on('message', ({ results }: RenderBatch) => {
    for (const [index, result] of results) settle[index]!(result);
  });
  // Settling a promise twice does nothing: what the thread gave stays.
  const giveUp = () => settle.forEach((resolve) => resolve(undefined));
  thread.on('error', giveUp);
  thread.on('exit', giveUp);
}

/** The thread's result for this Markdown of this file, given once; undefined when it was not asked for, or the thread has not reached it yet. */
export function renderedAhead(file: string, markdown: string): Promise<RenderResult | undefined> | undefined {
  const job = ahead.get(jobKey(file, markdown));
  ahead.delete(jobKey(file, markdown));
  if (!job || Atomics.compareExchange(job.claims, job.index, UNCLAIMED, BY_LOADER) === UNCLAIMED) return undefined;
  return job.result;
}

/** How many jobs the thread rendered and how many the loader took back; undefined when no thread was started. */
export function renderingSplit(): { thread: number; loader: number } | undefined {
  if (!started.claims) return undefined;
  const count = (claim: number) => started.claims!.filter((value) => value === claim).length;
  return { thread: count(BY_THREAD), loader: count(BY_LOADER) };
}
