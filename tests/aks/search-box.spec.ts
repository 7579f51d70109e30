import { expect, test } from '@playwright/test';
import { aksFaqOnly } from '../support/aks-faq.ts';
import { searchAll } from '../support/search-harness.ts';

// search-relevance.spec.ts measures search through the function the search box calls, without typing. Here a
// reader's queries are typed into the box key by key: the box must show what that function gives them.
aksFaqOnly();

const typed = ['uptime sla', 'kubernets upgade', '[BUG] cluster stuck deleting', 'PodSecurityPolicy', 'az'];

test('queries typed key by key into the search box show the results search gives for them', async ({
  page,
  context,
}, testInfo) => {
  // Every key typed is a search.
  test.setTimeout(60_000);
  const harness = await context.newPage();
  const expected = await searchAll(harness, testInfo.project.use.baseURL!, typed, 6);
  await harness.close();

  await page.goto('/');
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search the FAQ' });
  const results = page.getByRole('listbox', { name: 'Search results' });
  const status = page.locator('header [data-search-status]');
  for (const [i, query] of typed.entries()) {
    await box.fill('');
    await expect(status).toHaveText('');
    await page.keyboard.type(query);
    await expect(results).toHaveAttribute('aria-busy', 'false');
    await expect(status).toHaveText(/results?\b|closest/);
    const shown = await results
      .getByRole('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLAnchorElement).hash.slice(1)));
    expect(shown, query).toEqual(expected[i]);
  }
});

test('the search page shows a broad query’s results twenty at a time, all of them on request', async ({ page }) => {
  await page.goto('/search/?q=cluster');
  const status = page.locator('main [data-search-status]');
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  const more = page.getByRole('button', { name: 'Show more results' });
  await expect(status).toHaveText(/^20 of \d+ results$/);
  const total = Number(/of (\d+)/.exec((await status.textContent())!)![1]);
  expect(total, 'a broad query matches more than two pages').toBeGreaterThan(20);
  let before = 0;
  while (await more.isVisible()) {
    before = await options.count();
    await more.click();
    await expect(options).toHaveCount(Math.min(before + 20, total));
  }
  await expect(status).toHaveText(`${total} results`);
  // The button gone, the reader goes on from the first result it added, where the page is: it is the active result,
  // the arrow keys go on from it, and the page did not jump back to the box or the first result.
  const box = page.getByRole('combobox', { name: 'Search the FAQ' });
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(before).getAttribute('id'))!);
  await expect(options.nth(before)).toBeInViewport();
  await expect(options.first()).not.toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(before - 1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(before - 1)).toBeInViewport();
});
