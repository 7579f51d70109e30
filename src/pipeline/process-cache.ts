import { statSync } from 'node:fs';

interface Cached {
  stamp: string;
  value: unknown;
}

/**
 * A value that exists once per process. Astro loads astro.config.mjs, src/content.config.ts and the built
 * pages as separate module graphs in one process, so a module-level value would exist three times; this one
 * hangs off globalThis under `name`.
 */
export function processWide<T>(name: string, create: () => T): T {
  const slots = globalThis as Record<symbol, unknown>;
  return (slots[Symbol.for(`aks-faq.${name}`)] ??= create()) as T;
}

const store = processWide('content-pipeline.cache', () => new Map<string, Cached>());

/** What identifies one version of a file without reading it: undefined when it does not exist. */
export function fileStamp(file: string): string | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? `${stats.mtimeMs}:${stats.size}:${stats.ino}` : undefined;
}

/**
 * The value computed from a file, computed again only when the file changed (or when `stamp`, which may
 * combine several files, changed): every content file is read and parsed once per process.
 */
export function cached<T>(cacheKey: string, stamp: string, compute: () => T): T {
  const hit = store.get(cacheKey);
  if (hit && hit.stamp === stamp) return hit.value as T;
  const value = compute();
  store.set(cacheKey, { stamp, value });
  return value;
}

/** The key of the content gate's report on a folder (src/pipeline/check-content.ts). */
export const reportKey = (dir: string) => `report:${dir}`;

/** The value last computed for `cacheKey`, whichever version of its files it came from. */
export const lastValue = <T>(cacheKey: string): T | undefined => store.get(cacheKey)?.value as T | undefined;

const frozen = processWide('content-pipeline.frozen', () => ({ since: false }));

/**
 * Called when a build has passed the content gate: for the rest of the process the content is taken as the
 * gate read it (a file saved during a build belongs to the next one), so nothing is checked for changes again.
 */
export const freezeContent = () => void (frozen.since = true);

/** Whether this process has frozen its content (a build). */
export const contentFrozen = () => frozen.since;

const changes = processWide('content-pipeline.changes', () => ({ count: 0 }));

/** Called by the dev server's watcher on every change in the content folder. */
export const markContentChanged = () => void changes.count++;

/** How many times the content changed in this process: the page model asks the gate again when it grows. */
export const contentChanges = () => changes.count;
