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
    test(`every page in the sitemap, the 404 page, a removal page and an editable question pass axe (${theme}, ${name})`, async ({ page }) => {
      test.slow();
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: theme });
      const extra = ['/no-such-page/', `${fixtureSite.url}/q/gone/`, `${fixtureSite.url}/alpha/`];
      // /all/ has a test of its own: it is the largest page by far.
      for (const path of new Set([...(await sitemapPaths(page)), ...extra].filter((path) => path !== '/all/'))) {
        await page.goto(path);
        await expectNoViolations(page, `${path} (${theme}, ${name})`);
      }
    });
  }
}

for (const theme of themes) {
  for (const [name, viewport] of Object.entries(viewports)) {
    test(`the page of all questions passes axe (${theme}, ${name})`, async ({ page }) => {
      test.slow();
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('/all/');
      await expectNoViolations(page, `/all/ (${theme}, ${name})`);
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

  test(`the “On this page” bar, open, passes axe (${theme})`, async ({ page }) => {
    await page.setViewportSize(viewports.phone);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/operations/#two-resource-groups');
    await page.locator('.toc-bar summary').click();
    await expect(page.locator('.toc-bar .toc')).toBeVisible();
    await expectNoViolations(page, `open "On this page" bar (${theme})`);
  });

  test(`a copied code block passes axe (${theme})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/security/');
    await page.getByRole('button', { name: 'Copy code' }).first().click();
    await expect(page.getByText('Copied', { exact: true })).toBeVisible();
    await expectNoViolations(page, `copied code (${theme})`);
  });

  test(`a targeted question and a copied link pass axe (${theme})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/operations/#two-resource-groups');
    await page.locator('[data-question="two-resource-groups"]').getByRole('button', { name: 'Copy link' }).click();
    await expectNoViolations(page, `targeted question (${theme})`);
  });
}

for (const theme of themes) {
  for (const [name, viewport] of Object.entries(viewports)) {
    test(`the search UI with results and with no results passes axe (${theme}, ${name})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('/networking/');
      const box = page.getByRole('combobox', { name: 'Search the FAQ' });
      await box.focus();
      await box.fill('nsg');
      await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
      await expect(page.locator('mark').first()).toBeVisible();
      await expectNoViolations(page, `search results (${theme}, ${name})`);
      await box.fill('zzqxw');
      await expect(page.getByText(/No results for/)).toBeVisible();
      await expectNoViolations(page, `no results (${theme}, ${name})`);
      await page.goto('/search/?q=upgrade');
      await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
      await expectNoViolations(page, `search page (${theme}, ${name})`);
    });
  }
}

test('Tab reaches every control in order, each with a visible focus ring, and leads out of the page', async ({ page }) => {
  await page.goto('/operations/');
  const controls = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, [tabindex="0"]')]
      .filter((el) => el.checkVisibility() && !el.closest('[hidden]'))
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  const reached: string[] = [];
  for (let i = 0; i < controls.length + 5; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      return { html: el.outerHTML.slice(0, 80), ring };
    });
    if (!focused) break;
    expect(focused.ring, `focus ring on ${focused.html}`).toBe(true);
    reached.push(focused.html);
  }
  expect(new Set(reached)).toEqual(new Set(controls));
  expect(reached.length, 'no focus trap: Tab leaves the page after the last control').toBeLessThan(controls.length + 5);
});
