import { expect, test } from '@playwright/test';

test('every page ships a strict Content-Security-Policy', async ({ page }) => {
  for (const path of ['/', '/operations/', '/security/', '/all/', '/search/', '/q/sla/', '/no-such-page/']) {
    const response = await page.request.get(path, { failOnStatusCode: false });
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(await response.text())?.[1];
    expect(policy, path).toBeTruthy();
    const scriptSrc = policy!.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(scriptSrc, path).toContain("'wasm-unsafe-eval'");
    expect(policy, path).toContain("object-src 'none'");
  }
});

test('the main flows run without a CSP violation or a console error', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => message.type() === 'error' && problems.push(`${page.url()}: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));

  await page.goto('/');
  await page.getByRole('link', { name: 'Does AKS offer a service-level agreement?' }).click();
  await expect(page).toHaveURL('/support/#sla');

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);

  const question = page.locator('[data-question="sla"]');
  await question.hover();
  await question.getByRole('button', { name: 'Copy link' }).click();
  await expect(question.getByText('Link copied')).toBeVisible();

  await page.keyboard.press('/');
  await page.keyboard.type('time sync');
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(first).toContainText(/time synchronization/i);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/networking\/\?highlight=.+#time-sync$/);
  await expect(page.locator('[data-question="time-sync"] mark').first()).toBeVisible();

  // Speculation rules prefetch the section the pointer rests on; code blocks copy.
  const security = page.locator('#section-nav').getByRole('link', { name: 'Security, access, and identity' });
  await security.hover();
  await security.click();
  await expect(page).toHaveURL('/security/');
  await page.getByRole('button', { name: 'Copy code' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Code copied' })).toHaveCount(1);

  await page.goto('/q/api-server-fqdn/');
  await expect(page).toHaveURL('/networking/#api-server-fqdn');
  await page.goto('/#can-i-configure-nsgs-with-aks');
  await expect(page).toHaveURL('/networking/#network-security-groups');
  await page.goto('/search/?q=reservation');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();

  expect(problems).toEqual([]);
});
