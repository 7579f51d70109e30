import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixtureSite } from '../support/fixture-site.ts';

const themes = ['light', 'dark'] as const;
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

async function expectNoViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  expect(summary, label).toEqual([]);
}

async function sitemapPaths(page: Page): Promise<string[]> {
  const response = await page.request.get('/sitemap-0.xml');
  return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

for (const theme of themes) {
  for (const [name, viewport] of Object.entries(viewports)) {
    test(`every page in the sitemap, the 404 page and a removal page pass axe (${theme}, ${name})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: theme });
      for (const path of [...(await sitemapPaths(page)), '/no-such-page/', `${fixtureSite.url}/q/gone/`]) {
        await page.goto(path);
        await expectNoViolations(page, `${path} (${theme}, ${name})`);
      }
    });
  }
}

for (const theme of themes) {
  test(`the phone navigation, open, passes axe (${theme})`, async ({ page }) => {
    await page.setViewportSize(viewports.phone);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/security/');
    await page.getByRole('button', { name: 'Sections' }).click();
    await expect(page.locator('#section-nav')).toBeVisible();
    await expectNoViolations(page, `phone navigation (${theme})`);
  });

  test(`a targeted question and a copied link pass axe (${theme})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/operations/#two-resource-groups');
    await page.locator('[data-question="two-resource-groups"]').getByRole('button', { name: 'Copy link' }).click();
    await expectNoViolations(page, `targeted question (${theme})`);
  });
}
