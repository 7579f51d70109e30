import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeWhole } from '../utils/write-whole-fs.ts';

interface Saved<V> {
  version: string;
  entries: Map<string, V>;
}

export interface DiskCacheOptions {
  /** The file it is kept in, in Astro's cache folder. */
  file: string;
  /**
   * What the values were made with (src/build-cache/code-version-fs.ts, and whatever else they depend on): a file of
   * another version is ignored.
   */
  version: string;
  /** Save a second after the last call to `save` (the dev server, which saves on every edit) rather than at once. */
  later?: boolean;
}

/**
 * Values kept in memory and on disk from one build to the next, by key. The file is read on the first `get`,
 * written whole or not at all (under a name of this process's own, then renamed: a dev server and a build of the
 * same content may save at the same moment), and thrown away when its version is not this one.
 */
export class DiskCache<V> {
  readonly #options: DiskCacheOptions;
  #entries: Map<string, V> | undefined;
  #changed = false;
  #timer: NodeJS.Timeout | undefined;

  constructor(options: DiskCacheOptions) {
    this.#options = options;
  }

  /** What the values are made with: a value made otherwise is not one of this cache's. */
  get version(): string {
    return this.#options.version;
  }

  #loaded(): Map<string, V> {
    if (this.#entries) return this.#entries;
    this.#entries = new Map();
    try {
      const saved = deserialize(readFileSync(this.#options.file)) as Saved<V>;
      if (saved.version === this.#options.version) this.#entries = saved.entries;
    } catch {
      // No file yet, or one a stopped process left unreadable: every value is made again.
    }
    return this.#entries;
  }

  get(key: string): V | undefined {
    return this.#loaded().get(key);
  }

  set(key: string, value: V): void {
    this.#loaded().set(key, value);
    this.#changed = true;
  }

  /**
   * Keeps the values of `keys` (what the content holds now) and drops the rest, if anything was set since the last
   * save.
   */
  save(keys: Iterable<string>): void {
    if (!this.#changed) return;
    this.#changed = false;
    const kept = new Map(
      [...keys].flatMap((key) => (this.#loaded().has(key) ? [[key, this.#loaded().get(key)!]] : [])),
    );
    const write = () => {
      const { file, version } = this.#options;
      mkdirSync(dirname(file), { recursive: true });
      writeWhole(file, serialize({ version, entries: kept } satisfies Saved<V>));
    };
    clearTimeout(this.#timer);
    if (this.#options.later) this.#timer = setTimeout(write, 1000).unref();
    else write();
  }
}
