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
