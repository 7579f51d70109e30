import { expect, test } from '@playwright/test';
import { serveAsHost, type Host, type HostServer } from '../support/host-server.ts';
import { basePathSite, fixtureBuilds } from '../support/servers.ts';

// The fixture's retired section `pools`, whose place `beta` took, served as each host that reads redirects from a
// file the build writes (tests/support/host-server.ts): a permanent redirect, which a reader without JavaScript
// follows with the fragment, and search engines as a move. Any other host serves the page kept at the address
// (deep-links.spec.ts, no-javascript.spec.ts).
const hosts: Record<Host, { name: string; keepsQuery: boolean }> = {
  netlify: { name: 'Netlify and Cloudflare Pages (_redirects)', keepsQuery: true },
  azure: { name: 'Azure Static Web Apps (staticwebapp.config.json)', keepsQuery: false },
};
const builds = [
  { dir: fixtureBuilds.site.outDir, base: '/' },
  { dir: fixtureBuilds['base-path'].outDir, base: basePathSite.base },
];

for (const [host, { name, keepsQuery }] of Object.entries(hosts) as [Host, (typeof hosts)[Host]][]) {
  test.describe(`served as ${name}`, () => {
    let servers: HostServer[] = [];
    test.beforeAll(async () => (servers = await Promise.all(builds.map(({ dir }) => serveAsHost(dir, host)))));
    test.afterAll(async () => {
      for (const server of servers) expect(server.conflicts).toEqual([]);
      await Promise.all(servers.map((server) => server.close()));
    });

    test('a retired section’s address redirects for good to the section in its place, under the base path too', async ({
      request,
    }) => {
      for (const [index, { base }] of builds.entries()) {
        const response = await request.get(`${servers[index]!.url}${base}pools/?highlight=disks`, { maxRedirects: 0 });
        expect(response.status(), base).toBe(301);
        expect(response.headers()['location'], base).toBe(`${base}beta/${keepsQuery ? '?highlight=disks' : ''}`);
      }
      // A retired section without one in its place keeps its removal page.
      expect((await request.get(`${servers[0]!.url}/freezing/`, { maxRedirects: 0 })).status()).toBe(200);
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('a link to a question of a retired section lands on the question', async ({ page }) => {
        await page.goto(`${servers[0]!.url}/pools/?highlight=disks#moved`);
        await expect(page).toHaveURL(`${servers[0]!.url}/beta/${keepsQuery ? '?highlight=disks' : ''}#moved`);
        await expect(page.locator('[id="moved"].question-heading')).toBeInViewport();
      });
    });
  });
}
