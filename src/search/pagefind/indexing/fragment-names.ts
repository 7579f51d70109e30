import { gunzipSync } from 'node:zlib';
import type { IndexFile } from './pagefind-index.ts';

// Pagefind writes a fragment per record, `fragment/<name>.pf_fragment`: gzip of this signature followed by the
// record as JSON. The name is the record's `id` in Pagefind's search results.
const fragmentSignature = 'pagefind_dcd';

/** Pagefind's name for each record, by the record's URL: the name of its fragment, which its search results carry. */
export function recordNames(files: IndexFile[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const { path, content } of files) {
    const name = /^fragment\/(.+)\.pf_fragment$/.exec(path)?.[1];
    if (!name) continue;
    const text = gunzipSync(content).toString('utf8');
    if (!text.startsWith(fragmentSignature))
      throw new Error(
        `Search: Pagefind's ${path} is not in the format this site reads; is the pinned Pagefind version installed?`,
      );
    names.set((JSON.parse(text.slice(fragmentSignature.length)) as { url: string }).url, name);
  }
  return names;
}
