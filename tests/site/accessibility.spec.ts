import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations, themes, viewports } from '../support/axe.ts';

// Every built page of the real content passes axe in tests/pages/; these are the fixture's pages it lacks and the
// states a page only reaches by use.
const pages = {
  '/q/gone/': 'the removal page of a retired id',
  '/freezing/': 'the removal page of a retired section',
  '/alpha/': 'questions with edit and report links',
  '/gamma/': 'questions whose text looks like markup',
};

/** Runs axe on the page as it is, in each theme and then each window, without reloading it. */
async function expectNoViolationsInEachTheme(page: Page, label: string, windows = Object.entries(viewports)) {
  for (const theme of themes) {
    await page.emulateMedia({ colorScheme: theme });
    for (const [name, viewport] of windows) {
      await page.setViewportSize(viewport);
      await expectNoViolations(page, `${label} (${theme}, ${name})`, { soft: true });
    }
  }
}
const phoneOnly = Object.entries(viewports).filter(([name]) => name === 'phone');
const desktopOnly = Object.entries(viewports).filter(([name]) => name === 'desktop');

for (const [path, what] of Object.entries(pages)) {
  test(`${path}, ${what}, passes axe in both themes, on a desktop and on a phone`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolationsInEachTheme(page, path);
  });
}

test('the phone navigation, open, passes axe in both themes', async ({ page }) => {
  await page.setViewportSize(viewports.phone);
  await page.goto('/beta/');
  await page.getByRole('button', { name: 'Sections' }).click();
  await expect(page.locator('#section-nav')).toBeVisible();
  await expectNoViolationsInEachTheme(page, 'phone navigation', phoneOnly);
});

test('the “On this page” bar, open, passes axe in both themes', async ({ page }) => {
  await page.setViewportSize(viewports.phone);
  await page.goto('/alpha/#scale-to-zero');
  await page.locator('.toc-bar summary').click();
  await expect(page.locator('.toc-bar .toc')).toBeVisible();
  await expectNoViolationsInEachTheme(page, 'open "On this page" bar', phoneOnly);
});

test('a copied code block passes axe in both themes', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The page's clock stands still: the outcome stays shown for as long as axe looks at it.
  await page.clock.install();
  await page.setViewportSize(viewports.desktop);
  await page.goto('/alpha/');
  await page.getByRole('button', { name: 'Copy code' }).first().click();
  await expect(page.getByText('Copied', { exact: true })).toBeVisible();
  await expectNoViolationsInEachTheme(page, 'copied code', desktopOnly);
});

test('a targeted question and a copied link pass axe in both themes', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install();
  await page.setViewportSize(viewports.desktop);
  await page.goto('/beta/#system-pools');
  await page.locator('[data-question="system-pools"]').getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('[data-question="system-pools"]').getByText('Link copied')).toBeVisible();
  await expectNoViolationsInEachTheme(page, 'targeted question', desktopOnly);
});

for (const [query, state, shown] of [
  ['node pool', 'with results', 'listbox'],
  ['zzqxw', 'with no results', 'status'],
] as const) {
  test(`the search box ${state} passes axe in both themes, on a desktop and on a phone`, async ({ page }) => {
    await page.setViewportSize(viewports.desktop);
    await page.goto('/beta/');
    const box = page.getByRole('combobox', { name: 'Search the FAQ' });
    await box.focus();
    await box.fill(query);
    if (shown === 'listbox') {
      await expect(page.getByRole('listbox', { name: 'Search results' })).toHaveAttribute('aria-busy', 'false');
      await expect(page.locator('mark').first()).toBeVisible();
    } else await expect(page.getByText(`No results for “${query}”.`)).toBeVisible();
    // The open results are checked in each window as they stand, without searching again.
    await expectNoViolationsInEachTheme(page, `search ${state}`);
  });
}

test('Tab reaches every control in order, each with a visible focus ring, and leads out of the page', async ({
  page,
}) => {
  await page.goto('/alpha/');
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
  expect(reached).toEqual(controls);
  expect(reached.length, 'no focus trap: Tab leaves the page after the last control').toBeLessThan(controls.length + 5);
});

test('in forced colours (Windows High Contrast), the marks made of colour alone stay visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await page.goto('/alpha/');
  const style = (selector: string, property: string, pseudo?: string) =>
    page
      .locator(selector)
      .first()
      .evaluate(
        (el, [property, pseudo]) => getComputedStyle(el, pseudo).getPropertyValue(property!),
        [property, pseudo],
      );
  const canvas = await style('body', 'background-color');

  expect(await style('a.external', 'background-color', '::after'), 'the external-link arrow').not.toBe(canvas);
  const current = await style('.toc a[aria-current="location"]', 'border-left-color');
  expect(current, 'the entry being read').not.toBe(await style('.toc a:not([aria-current])', 'border-left-color'));

  await page.getByRole('combobox', { name: 'Search the FAQ' }).pressSequentially('node');
  const options = page.locator('#site-search-results [role="option"]');
  await expect(options.nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  expect(await style('#site-search-results [aria-selected="true"]', 'outline-style'), 'the chosen result').not.toBe(
    'none',
  );
  expect(await style('#site-search-results [aria-selected="false"]', 'outline-style')).toBe('none');
});
