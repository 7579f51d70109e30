import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { IndexFile } from '../../src/search/pagefind/indexing/pagefind-index.ts';
import type { Pagefind } from '../../src/search/pagefind/pagefind-api.ts';

/** A bundle of Pagefind's files, served to Pagefind's own pagefind.js in Node. */
export interface ServedBundle {
  /** The bundle folder's URL, ending in a slash: where pagefind.js is loaded from and fetches the rest. */
  url: string;
  /** The paths, relative to the bundle folder, that pagefind.js has fetched so far. */
  requested: () => string[];
  /** A Pagefind instance over the bundle, with options as pagefind.js's `createInstance` takes them. */
  instance: (options: Record<string, unknown>) => Promise<Pagefind>;
  close: () => Promise<void>;
}

interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => Pagefind;
}

const folders = new Map<string, string[]>();
const nodeFetch = globalThis.fetch;

// Node's fetch does not read file: URLs. While bundles are served, this one does, as a static host serves a folder,
// and notes each path it is asked for; it answers 404 for a file the folder does not have.
async function fileFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.protocol !== 'file:') return nodeFetch(input, init);
  const file = fileURLToPath(url);
  const [folder, requested] = [...folders].find(([folder]) => file.startsWith(folder)) ?? [];
  requested?.push(relative(folder!, file));
  try {
    return new Response(await readFile(file));
  } catch {
    return new Response(null, { status: 404 });
  }
}

/** The files written to a temporary folder, from which pagefind.js loads and fetches them. */
export async function servedBundle(files: IndexFile[]): Promise<ServedBundle> {
  const folder = await mkdtemp(join(tmpdir(), 'pagefind-contract-'));
  for (const { path, content } of files) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), content);
  }
  const requested: string[] = [];
  folders.set(folder, requested);
  globalThis.fetch = fileFetch as typeof fetch;
  const url = pathToFileURL(`${folder}/`).href;
  return {
    url,
    requested: () => [...requested],
    async instance(options) {
      const module = (await import(/* @vite-ignore */ `${url}pagefind.js`)) as PagefindModule;
      return module.createInstance(options);
    },
    async close() {
      folders.delete(folder);
      if (folders.size === 0) globalThis.fetch = nodeFetch;
      await rm(folder, { recursive: true, force: true });
    },
  };
}
