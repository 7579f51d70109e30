import { expect, test } from '@playwright/test';

test('pointing at a link to another section fetches that page before the click, and only then', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/beta/');
  // Every request the page makes on its own has been made once the network is idle.
  await page.waitForLoadState('networkidle');
  expect(
    requested.filter((path) => path === '/gamma/'),
    'nothing is fetched before the reader shows intent',
  ).toEqual([]);

  const link = page.locator('#section-nav').getByRole('link', { name: 'Gamma' });
  await link.hover();
  await expect.poll(() => requested).toContain('/gamma/');
  await link.click();
  await expect(page).toHaveURL('/gamma/');
  const navigation = await page.evaluate(() => {
    // activationStart (prerendering) and deliveryType (prefetch) are newer than TypeScript's DOM types.
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & {
      activationStart: number;
      deliveryType: string;
    };
    return { activationStart: entry.activationStart, deliveryType: entry.deliveryType };
  });
  // Prerendered (activated) or at least served from the speculative prefetch, not fetched on click.
  expect(
    navigation.activationStart > 0 || navigation.deliveryType === 'navigational-prefetch',
    JSON.stringify(navigation),
  ).toBe(true);
});

test('the speculation rules leave out permalinks and search, and are allowed by the page’s CSP', async ({ page }) => {
  await page.goto('/');
  const rules = JSON.parse((await page.locator('script[type="speculationrules"]').textContent())!);
  expect(JSON.stringify(rules)).toContain('"/q/*/"');
  expect(JSON.stringify(rules)).toContain('"/search/*"');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  const scriptSrc = policy!.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
  expect(scriptSrc).not.toContain('unsafe-inline');
  const hash = await page.locator('script[type="speculationrules"]').evaluate(async (script) => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script.textContent!));
    return btoa(String.fromCharCode(...new Uint8Array(digest)));
  });
  expect(scriptSrc).toContain(`'sha256-${hash}'`);
});
