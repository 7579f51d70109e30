import { expect, test } from '@playwright/test';
import { expectNoViolations, themes, viewports } from '../support/axe.ts';
import { servedByBothHosts } from '../support/both-hosts.ts';
import { builtPages, openBuilt } from '../support/built-pages.ts';
import { forEachBuiltSite } from '../support/built-sites.ts';
import { expectHeadersOfPolicy, expectSameHeaders } from '../support/header-policy.ts';
import { watchProblems } from '../support/page-problems.ts';

// Every page of a build, loaded once in Chromium as Netlify and Cloudflare Pages serve it (_headers), and checked
// on that one load: its headers and policy, no CSP violation or error, axe in each theme and window, and its
// width at each phone and tablet size. Each check is a step of the page's test, and a failed one lets the others
// run (expect.soft), so the report names every check a page fails. Azure Static Web Apps' headers are read
// without a browser: its policy must be the one the page loaded under.
const widths = [320, 360, 390, 768];

forEachBuiltSite((dir) => {
  const hosts = servedByBothHosts(dir);

  for (const built of builtPages(dir)) {
    test(`${built.path} loads under its headers with no CSP violation, passes axe and fits a phone`, async ({
      page,
      request,
    }) => {
      // axe's work grows with the page: for each of its four runs, a second per question, on top of a minute.
      test.setTimeout(60_000 + built.questions * 4_000);
      const problems = await watchProblems(page, { allowMissing: true });
      await page.setViewportSize({ width: widths[0]!, height: 800 });
      await page.emulateMedia({ colorScheme: themes[0] });
      const loaded = await openBuilt(page, hosts.netlify.url, built);

      await test.step('served with the policy of its meta tag, and the same policy by both hosts', async () => {
        const headers = loaded.headers();
        const metaPolicy = await page.evaluate(
          () => document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? null,
        );
        expectHeadersOfPolicy(headers, metaPolicy, built.path);
        const fromAzure = (await request.get(`${hosts.azure.url}${built.path}`, { maxRedirects: 0 })).headers();
        expectSameHeaders(headers, fromAzure, `${built.path} from Azure Static Web Apps`);
      });
      for (const theme of themes) {
        await page.emulateMedia({ colorScheme: theme });
        await test.step(`no wider than a window of ${widths.join(', ')} px (${theme})`, async () => {
          for (const width of widths) {
            await page.setViewportSize({ width, height: 800 });
            const { scrollWidth, clientWidth } = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              clientWidth: document.documentElement.clientWidth,
            }));
            expect.soft(clientWidth).toBe(width);
            expect.soft(scrollWidth, `${built.path} at ${width} px (${theme})`).toBe(width);
          }
        });
        for (const [name, viewport] of Object.entries(viewports)) {
          await test.step(`passes axe (${theme}, ${name})`, async () => {
            await page.setViewportSize(viewport);
            await expectNoViolations(page, `${built.path} (${theme}, ${name})`, { soft: true });
          });
        }
      }
      expect(problems, 'CSP violations and errors').toEqual([]);
    });
  }
});
