import type { Page } from '@playwright/test';
import { build } from 'esbuild';

type Find = typeof import('../../src/search/client/find.ts');

/** Where the page imports the search client from: an address of the site's own, which its policy allows. */
const clientPath = '/__tests__/find-questions.js';

let client: Promise<string> | undefined;
/** src/search/client/find.ts bundled for the browser, for a site at the root of its host; once per process. */
const bundledClient = () =>
  (client ??= build({
    entryPoints: ['src/search/client/find.ts'],
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'import.meta.env.BASE_URL': JSON.stringify('/') },
  }).then(({ outputFiles }) => outputFiles[0]!.text));

/**
 * What search finds for each query: the ids of its first `limit` questions, best first. The queries go through
 * findQuestions, the function the search box calls with the words typed, over the index of the built site, in
 * one page of the site opened at `origin` and one after the other, without typing. tests/aks/search-box.spec.ts
 * checks that the box, typed into key by key, shows the same.
 */
export async function searchAll(page: Page, origin: string, queries: string[], limit: number): Promise<string[][]> {
  const script = await bundledClient();
  await page.route(`${origin}${clientPath}`, (route) =>
    route.fulfill({ body: script, contentType: 'text/javascript; charset=utf-8' }),
  );
  await page.goto(`${origin}/`);
  return page.evaluate(
    async ({ clientPath, queries, limit }) => {
      const { findQuestions } = (await import(clientPath)) as Find;
      const found: string[][] = [];
      for (const query of queries) {
        // As the box gives it: trimmed.
        const { hits } = (await findQuestions(query.trim(), { section: '', limit }))!;
        found.push(hits.map((hit) => new URL(hit.url, location.href).hash.slice(1)));
      }
      return found;
    },
    { clientPath, queries, limit },
  );
}
