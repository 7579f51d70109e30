import { statSync } from 'node:fs';
import { processWide } from './process-wide.ts';

interface Cached {
  stamp: string;
  value: unknown;
}

const store = processWide('file-versions', () => new Map<string, Cached>());

/** What identifies one version of a file without reading it: undefined when it does not exist. */
export function fileStamp(file: string): string | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? `${stats.mtimeMs}:${stats.size}:${stats.ino}` : undefined;
}

/**
 * The value computed from a version of some files (`stamp`, which may combine several files' stamps), computed
 * again only when the stamp changes: every content file is read and parsed once per process and version.
 */
export function cached<T>(key: string, stamp: string, compute: () => T): T {
  const hit = store.get(key);
  if (hit && hit.stamp === stamp) return hit.value as T;
  const value = compute();
  store.set(key, { stamp, value });
  return value;
}
