import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { servedByBothHosts } from '../support/both-hosts.ts';
import { builtPages } from '../support/built-pages.ts';
import { forEachBuiltSite } from '../support/built-sites.ts';
import { expectHeadersOfPolicy, expectSameHeaders } from '../support/header-policy.ts';
import { attribute, findAll, readPage } from '../support/html.ts';
import { serveAsHost, type Host, type HostServer } from '../support/host-server.ts';
import { watchProblems } from '../support/page-problems.ts';

// A build served with exactly the headers it wrote for each kind of host (tests/support/host-server.ts). Its
// pages are checked under them in every-page.spec.ts; here the permalinks, search, caching and missing pages.
const hosts: Record<Host, string> = {
  netlify: 'Netlify and Cloudflare Pages (_headers)',
  azure: 'Azure Static Web Apps (staticwebapp.config.json)',
};

forEachBuiltSite((dir) => {
  const pages = builtPages(dir);
  const permalinks = readdirSync(join(dir, 'q')).map((id) => `/q/${id}/`);
  // The built site's own pages to try, whatever its content: its first section page and first question.
  const sectionPage = pages.find((built) => built.questions > 0 && !['/', '/all/'].includes(built.path))!.path;
  const firstQuestion = new URLSearchParams(
    pages.find((built) => built.path.startsWith('/search/?'))!.path.split('?')[1],
  ).get('q')!;
  /** The content of a built page's `<meta http-equiv>` of that name, or null. */
  const metaContent = (path: string, httpEquiv: string) =>
    findAll(readPage(join(dir, path, 'index.html')), (element) => attribute(element, 'httpEquiv') === httpEquiv).map(
      (element) => attribute(element, 'content')!,
    )[0] ?? null;

  test.describe('permalinks', () => {
    const hosts = servedByBothHosts(dir);

    // Every permalink page is the same template (src/html/redirect-pages.ts) with its own target: each one's
    // headers are read without a browser, and the browser loads one, to see its script run under that policy.
    test(`all ${permalinks.length} are served with the policy of their meta tag, the same by both hosts`, async ({
      request,
    }) => {
      for (const path of permalinks) {
        const headers = (await request.get(`${hosts.netlify.url}${path}`, { maxRedirects: 0 })).headers();
        expectHeadersOfPolicy(headers, metaContent(path, 'content-security-policy'), path);
        const fromAzure = (await request.get(`${hosts.azure.url}${path}`, { maxRedirects: 0 })).headers();
        expectSameHeaders(headers, fromAzure, `${path} from Azure Static Web Apps`);
      }
    });

    // What it sends the reader to is a page of the site, which every-page.spec.ts checks: here an empty page.
    test('one loads in a browser and sends the reader on with no CSP violation', async ({ page }) => {
      const [path] = permalinks as [string];
      const refresh = metaContent(path, 'refresh')!;
      const problems = await watchProblems(page);
      const landed = new Promise<string>((resolve) =>
        page.route(
          (url) => !url.pathname.startsWith('/q/'),
          (route) => {
            if (!route.request().isNavigationRequest()) return route.continue();
            resolve(new URL(route.request().url()).pathname);
            return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Landed</title>' });
          },
        ),
      );
      const response = (await page.goto(`${hosts.netlify.url}${path}`))!;
      expectHeadersOfPolicy(response.headers(), metaContent(path, 'content-security-policy'), path);
      expect(await landed).toBe(refresh.split('url=')[1]!.split('#')[0]);
      expect(problems).toEqual([]);
    });
  });

  for (const host of Object.keys(hosts) as Host[]) {
    test.describe(`served as ${hosts[host]}`, () => {
      let server: HostServer;
      test.beforeAll(async () => (server = await serveAsHost(dir, host)));
      test.afterAll(async () => {
        expect(server.conflicts, 'no header is set by two rules that match one path').toEqual([]);
        await server.close();
      });

      test('search runs under the header policy: Pagefind, its WebAssembly and the lexicon load', async ({ page }) => {
        const problems = await watchProblems(page);
        await page.goto(`${server.url}${sectionPage}`);
        await page.keyboard.press('/');
        // Typing a key at a time is the site layer's to check (tests/site/search.spec.ts): here the words at once.
        await page.getByRole('combobox', { name: 'Search the FAQ' }).fill(firstQuestion);
        // Among the results: which comes first is search relevance's concern (tests/aks/search-relevance.spec.ts).
        const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
        await expect(results.filter({ hasText: firstQuestion }).first()).toBeVisible();
        expect(problems).toEqual([]);
      });

      test('fingerprinted files are kept a year, other files revalidate, a missing page is the 404 page', async ({
        request,
      }) => {
        const cacheControl = async (path: string) =>
          (await request.get(`${server.url}${path}`, { maxRedirects: 0 })).headers()['cache-control'];
        const asset = readdirSync(join(dir, '_astro')).find((file) => file.endsWith('.css'))!;
        const questionFolder = readdirSync(join(dir, 'pagefind/question'))[0]!;
        const question = readdirSync(join(dir, 'pagefind/question', questionFolder))[0]!;
        const meta = readdirSync(join(dir, 'pagefind')).find((file) => file.endsWith('.pf_meta'))!;
        for (const path of [
          `/_astro/${asset}`,
          `/pagefind/question/${questionFolder}/${question}`,
          `/pagefind/${meta}`,
        ]) {
          expect(await cacheControl(path), path).toBe('public, max-age=31536000, immutable');
        }
        for (const path of ['/', sectionPage, permalinks[0]!, '/search/'])
          expect(await cacheControl(path), path).toBe('public, max-age=0, must-revalidate');
        // The host's default for them (Netlify and Cloudflare revalidate), or revalidation.
        for (const path of [
          '/pagefind/pagefind.js',
          '/pagefind/pagefind-entry.json',
          '/pagefind/layout.json',
          '/pagefind/lexicon.json',
          '/anchors.json',
        ])
          expect((await cacheControl(path)) ?? '', path).not.toContain('immutable');
        expect((await request.get(`${server.url}${permalinks[0]}`)).headers()['x-robots-tag']).toBe('noindex');

        const missing = await request.get(`${server.url}/no-such-page/`);
        expect(missing.status()).toBe(404);
        expect(await missing.text()).toContain('Page not found');
        const folder = await request.get(`${server.url}${sectionPage.slice(0, -1)}`, { maxRedirects: 0 });
        expect(folder.status()).toBe(301);
        expect(folder.headers()['location']).toBe(sectionPage);
      });
    });
  }
});
