import { expect, test } from '@playwright/test';
import { droppedPagefindFile } from '../../src/search/pagefind/bundle-files.ts';

// What src/search/pagefind/ assumes about Pagefind in the browser, where it can choose a worker: with the site's
// options, searching fetches only files of the bundle the site serves (tests/contract/ checks the rest in Node).
test('a search fetches no file of Pagefind’s that the site leaves out, and nothing it cannot find', async ({
  page,
}) => {
  const fetched: { path: string; status: number }[] = [];
  page.on('response', (response) =>
    fetched.push({ path: new URL(response.url()).pathname, status: response.status() }),
  );
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search the FAQ' }).fill('node pool upgrade');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const bundle = fetched.filter(({ path }) => path.startsWith('/pagefind/'));
  expect(bundle.map(({ path }) => path)).toContain('/pagefind/pagefind.js');
  expect(bundle.filter(({ path }) => droppedPagefindFile(path.slice('/pagefind/'.length)))).toEqual([]);
  expect(fetched.filter(({ status }) => status >= 400)).toEqual([]);
});
