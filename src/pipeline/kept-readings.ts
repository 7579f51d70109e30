import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeFingerprint } from './code-fingerprint.ts';
import type { ContentFile } from './content-file.ts';
import { processWide } from './process-cache.ts';

interface Reading {
  /** The digest of the file's bytes that `file` was read from. */
  digest: string;
  file: ContentFile;
}

interface Saved {
  /** The code, dependencies and day the readings were made with (`codeVersion()`). */
  version: string;
  readings: Map<string, Reading>;
}

const state = processWide('content-pipeline.kept-readings', () => ({
  /** Where the readings are kept between processes; undefined until a build, dev server or sync asks for it. */
  path: undefined as string | undefined,
  /** Save a little after the last change (the dev server) rather than at once (a build, which then exits). */
  later: false,
  saving: undefined as NodeJS.Timeout | undefined,
  previous: undefined as Map<string, Reading> | undefined,
  /** The readings made or reused in this process, by path: what the next save writes. */
  current: new Map<string, Reading>(),
  changed: false,
}));

let version: string | undefined;

/**
 * Every byte of the site's code and of its locked dependencies, the Node that runs them, and the day (a date
 * the schema refuses as in the future today is fine tomorrow): a reading made by other code is not reused.
 */
const codeVersion = () =>
  (version ??= `${process.version} ${new Date().toISOString().slice(0, 10)} ${codeFingerprint('src', 'package-lock.json')}`);

function previousReadings(): Map<string, Reading> {
  if (state.previous) return state.previous;
  state.previous = new Map();
  if (!state.path) return state.previous;
  try {
    const saved = deserialize(readFileSync(state.path)) as Saved;
    if (saved.version === codeVersion()) state.previous = saved.readings;
  } catch {
    // No readings yet, or a file a stopped process left unreadable: every file is read again.
  }
  return state.previous;
}

/** Where the readings are kept: in Astro's cache folder, beside its data store. */
export const readingsFile = (cacheDir: string) => join(cacheDir, 'content-readings.bin');

/**
 * Keeps the gate's reading of every content file in `path` (in Astro's cache folder), so that the next build
 * or dev server parses only the files whose bytes changed. `later` delays each save by a second.
 */
export function keepReadingsIn(path: string, { later = false } = {}): void {
  if (state.path === path) return;
  Object.assign(state, { path, later, previous: undefined, current: new Map(), changed: false });
}

/** The digest that identifies one version of a file's bytes. */
export const bytesDigest = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

/** The reading an earlier process made of these bytes of `path`, if it kept one. */
export function keptReading(path: string, digest: string): ContentFile | undefined {
  const reading = state.path ? previousReadings().get(path) : undefined;
  if (reading?.digest !== digest) return undefined;
  state.current.set(path, reading);
  return reading.file;
}

/** Records the reading just made of these bytes of `path`, for the next save. */
export function keepReading<C extends ContentFile>(path: string, digest: string, file: C): C {
  if (!state.path) return file;
  state.current.set(path, { digest, file });
  state.changed = true;
  return file;
}

function save(paths: string[]): void {
  if (!state.path) return;
  const readings = new Map(
    paths.flatMap((path) => (state.current.has(path) ? [[path, state.current.get(path)!] as const] : [])),
  );
  mkdirSync(dirname(state.path), { recursive: true });
  // A name of this process's own: a dev server and a build of the same content may save at the same moment.
  const next = `${state.path}.${process.pid}.next`;
  writeFileSync(next, serialize({ version: codeVersion(), readings } satisfies Saved));
  renameSync(next, state.path);
  state.previous = readings;
}

/** Writes the readings of `paths` (the content folder's files now) when any of them was read anew, whole or not at all. */
export function saveReadings(paths: string[]): void {
  if (!state.path || !state.changed) return;
  state.changed = false;
  clearTimeout(state.saving);
  if (state.later) state.saving = setTimeout(() => save(paths), 1000).unref();
  else save(paths);
}
