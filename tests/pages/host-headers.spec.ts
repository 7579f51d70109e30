import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { builtPages } from '../support/built-pages.ts';
import { serveAsHost, type Host, type HostServer } from '../support/host-server.ts';

// dist/ served with exactly the headers the build wrote for each kind of host (tests/support/host-server.ts).
const pages = builtPages();
const permalinks = readdirSync('dist/q').map((id) => `/q/${id}/`);
// The built site's own pages to try, whatever its content: its first section page and first question.
const sectionPage = pages.find((built) => built.questions > 0 && !['/', '/all/'].includes(built.path))!.path;
const firstQuestion = new URLSearchParams(
  pages.find((built) => built.path.startsWith('/search/?'))!.path.split('?')[1],
).get('q')!;
// The permalinks in groups of eight, each group one test: a fork's thousands of permalinks are as many page loads.
const permalinkGroups = Array.from({ length: Math.ceil(permalinks.length / 8) }, (_, i) =>
  permalinks.slice(i * 8, i * 8 + 8),
);
const metaPolicy = (page: Page) => page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

for (const host of ['netlify', 'azure'] as Host[]) {
  test.describe(`served as ${host === 'netlify' ? 'Netlify and Cloudflare Pages (_headers)' : 'Azure Static Web Apps (staticwebapp.config.json)'}`, () => {
    let server: HostServer;
    test.beforeAll(async () => (server = await serveAsHost('dist', host)));
    test.afterAll(async () => {
      expect(server.conflicts, 'no header is set by two rules that match one path').toEqual([]);
      await server.close();
    });

    /**
     * Loads each path and checks the headers it was served with against its own meta tag, and that no policy was
     * violated.
     */
    async function expectServedUnderPolicy(page: Page, paths: string[]) {
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`),
        );
      });
      page.on(
        'console',
        (message) =>
          message.type() === 'error' &&
          !message.text().includes('404 (Not Found)') &&
          problems.push(`${page.url()}: ${message.text()}`),
      );
      page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
      for (const path of paths) {
        const response = (await page.goto(`${server.url}${path}`))!;
        const first = (await response.request().redirectedFrom()?.response()) ?? response;
        const policy = first.headers()['content-security-policy'];
        expect(policy, path).toContain("frame-ancestors 'none'");
        expect(policy, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
        expect(first.headers()['x-content-type-options'], path).toBe('nosniff');
        expect(first.headers()['strict-transport-security'], path).toMatch(/^max-age=\d{7,}/);
        await expect.poll(() => metaPolicy(page), path).toBe(policy!.replace("; frame-ancestors 'none'", ''));
      }
      expect(problems).toEqual([]);
    }

    for (const built of pages) {
      test(`${built.path} loads with the header policy, the same as its meta tag plus frame-ancestors, and no CSP violation`, async ({
        page,
      }) => {
        await expectServedUnderPolicy(page, [built.path]);
      });
    }
    for (const group of permalinkGroups) {
      test(`permalinks ${group[0]} to ${group.at(-1)} load under the header policy with no CSP violation`, async ({
        page,
      }) => {
        await expectServedUnderPolicy(page, group);
      });
    }

    test('search runs under the header policy: Pagefind, its WebAssembly and the lexicon load', async ({ page }) => {
      const blocked: string[] = [];
      page.on('console', (message) => message.type() === 'error' && blocked.push(message.text()));
      await page.goto(`${server.url}${sectionPage}`);
      await page.keyboard.press('/');
      await page.keyboard.type(firstQuestion);
      // Among the results: which comes first is search relevance's concern (tests/aks/search-relevance.spec.ts).
      const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
      await expect(results.filter({ hasText: firstQuestion }).first()).toBeVisible();
      expect(blocked).toEqual([]);
    });

    test('fingerprinted files are kept a year, pages and files that keep their name revalidate, a missing page is the 404 page', async ({
      request,
    }) => {
      const cacheControl = async (path: string) =>
        (await request.get(`${server.url}${path}`, { maxRedirects: 0 })).headers()['cache-control'];
      const asset = readdirSync('dist/_astro').find((file) => file.endsWith('.css'))!;
      const questionFolder = readdirSync('dist/pagefind/question')[0]!;
      const question = readdirSync(`dist/pagefind/question/${questionFolder}`)[0]!;
      const meta = readdirSync('dist/pagefind').find((file) => file.endsWith('.pf_meta'))!;
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
      expect((await request.get(`${server.url}/q/sla/`)).headers()['x-robots-tag']).toBe('noindex');

      const missing = await request.get(`${server.url}/no-such-page/`);
      expect(missing.status()).toBe(404);
      expect(await missing.text()).toContain('Page not found');
      const folder = await request.get(`${server.url}${sectionPage.slice(0, -1)}`, { maxRedirects: 0 });
      expect(folder.status()).toBe(301);
      expect(folder.headers()['location']).toBe(sectionPage);
    });
  });
}
