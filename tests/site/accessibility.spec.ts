import { expect, test } from '@playwright/test';
import { expectNoViolations, themes, viewports } from '../support/axe.ts';

// Every built page of the real content passes axe in tests/pages/; these are the fixture's pages it lacks and the
// states a page only reaches by use.
const pages = {
  '/q/gone/': 'the removal page of a retired id',
  '/alpha/': 'questions with edit and report links',
  '/gamma/': 'questions whose text looks like markup',
};

for (const [path, what] of Object.entries(pages)) {
  for (const theme of themes) {
    for (const [name, viewport] of Object.entries(viewports)) {
      test(`${path}, ${what}, passes axe (${theme}, ${name})`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        await expectNoViolations(page, `${path} (${theme}, ${name})`);
      });
    }
  }
}

for (const theme of themes) {
  test(`the phone navigation, open, passes axe (${theme})`, async ({ page }) => {
    await page.setViewportSize(viewports.phone);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/beta/');
    await page.getByRole('button', { name: 'Sections' }).click();
    await expect(page.locator('#section-nav')).toBeVisible();
    await expectNoViolations(page, `phone navigation (${theme})`);
  });

  test(`the “On this page” bar, open, passes axe (${theme})`, async ({ page }) => {
    await page.setViewportSize(viewports.phone);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/alpha/#scale-to-zero');
    await page.locator('.toc-bar summary').click();
    await expect(page.locator('.toc-bar .toc')).toBeVisible();
    await expectNoViolations(page, `open "On this page" bar (${theme})`);
  });

  test(`a copied code block passes axe (${theme})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.emulateMedia({ colorScheme: theme });
    // The page's clock stands still: the outcome stays shown for as long as axe looks at it.
    await page.clock.install();
    await page.goto('/alpha/');
    await page.getByRole('button', { name: 'Copy code' }).first().click();
    await expect(page.getByText('Copied', { exact: true })).toBeVisible();
    await expectNoViolations(page, `copied code (${theme})`);
  });

  test(`a targeted question and a copied link pass axe (${theme})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.emulateMedia({ colorScheme: theme });
    await page.clock.install();
    await page.goto('/beta/#system-pools');
    await page.locator('[data-question="system-pools"]').getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('[data-question="system-pools"]').getByText('Link copied')).toBeVisible();
    await expectNoViolations(page, `targeted question (${theme})`);
  });

  for (const [name, viewport] of Object.entries(viewports)) {
    for (const [query, state, shown] of [
      ['node pool', 'with results', 'listbox'],
      ['zzqxw', 'with no results', 'status'],
    ] as const) {
      test(`the search box ${state} passes axe (${theme}, ${name})`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await page.goto('/beta/');
        const box = page.getByRole('combobox', { name: 'Search the FAQ' });
        await box.focus();
        await box.fill(query);
        if (shown === 'listbox') {
          await expect(page.getByRole('listbox', { name: 'Search results' })).toHaveAttribute('aria-busy', 'false');
          await expect(page.locator('mark').first()).toBeVisible();
        } else await expect(page.getByText(`No results for “${query}”.`)).toBeVisible();
        await expectNoViolations(page, `search ${state} (${theme}, ${name})`);
      });
    }
  }
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
