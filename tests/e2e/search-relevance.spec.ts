import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

interface RelevanceQuery {
  query: string;
  expected: string[];
}

const queries = JSON.parse(readFileSync('tests/search-queries.json', 'utf8')) as RelevanceQuery[];

test('every query of tests/search-queries.json finds its question in the top 3, and first for at least 90%', async ({ page }) => {
  await page.goto('/');
  const input = page.getByRole('combobox', { name: 'Search the FAQ' });
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  const status = page.locator('header [data-search-status]');
  await input.focus();
  const ranks: { query: string; expected: string[]; top: string[] }[] = [];
  for (const { query, expected } of queries) {
    await input.fill('');
    await expect(status).toHaveText('');
    await input.fill(query);
    await expect(status).toHaveText(/results?\b/);
    const top = await listbox.getByRole('option').evaluateAll((options) =>
      options.slice(0, 3).map((option) => new URL((option as HTMLAnchorElement).href).hash.slice(1)),
    );
    ranks.push({ query, expected, top });
  }
  const first = ranks.filter((r) => r.expected.includes(r.top[0]!));
  const misses = ranks.filter((r) => !r.top.some((id) => r.expected.includes(id)));
  const report = (r: (typeof ranks)[number]) => `"${r.query}": expected ${r.expected.join(' or ')}, got ${r.top.join(', ')}`;
  console.log(`Search relevance: first for ${first.length}/${ranks.length} queries, top 3 for ${ranks.length - misses.length}/${ranks.length}.`);
  for (const r of ranks.filter((r) => !first.includes(r))) console.log(`  not first: ${report(r)}`);
  expect(misses.map(report), 'queries whose question is not in the top 3').toEqual([]);
  expect(first.length / ranks.length, 'share of queries whose question comes first').toBeGreaterThanOrEqual(0.9);
});
