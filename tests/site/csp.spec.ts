import { expect, test, type Page } from '@playwright/test';
import { alphaCodeBlocks } from '../support/fixture-faq.ts';
import { attribute, byTag, findAll, parsePage } from '../support/html.ts';

/** The directives of a page's Content-Security-Policy, by name. */
function policyOf(html: string): Map<string, string[]> {
  const [meta, ...more] = findAll(
    parsePage(html),
    (element) => attribute(element, 'httpEquiv') === 'content-security-policy',
  );
  expect(more, 'one policy').toEqual([]);
  const policy = attribute(meta, 'content') ?? '';
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

test('every kind of page ships one strict Content-Security-Policy, first in its head, for scripts and styles alike', async ({
  request,
}) => {
  const policies = new Set<string>();
  for (const path of [
    '/',
    '/alpha/',
    '/all/',
    '/search/',
    '/q/reworded/',
    '/q/gone/',
    '/pools/',
    '/freezing/',
    '/no-such-page/',
  ]) {
    const html = await (await request.get(path, { failOnStatusCode: false })).text();
    const policy = policyOf(html);
    expect([...policy.keys()], path).toEqual(
      expect.arrayContaining(['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']),
    );
    const scripts = policy.get('script-src')!;
    expect([...policy.values()].flat(), path).not.toContain("'unsafe-inline'");
    expect([...policy.values()].flat(), path).not.toContain("'unsafe-eval'");
    expect(scripts, path).toContain("'wasm-unsafe-eval'");
    expect(policy.get('style-src'), path).toEqual(["'self'"]);
    expect(policy.get('object-src'), path).toEqual(["'none'"]);
    // First after the charset, so that it covers every script and style after it.
    const [head] = findAll(parsePage(html), byTag('head'));
    const elements = (head?.children ?? []).filter((child) => child.type === 'element');
    expect(attribute(elements[1], 'httpEquiv'), path).toBe('content-security-policy');
    policies.add(JSON.stringify([...policy]));
  }
  expect(policies.size, "the same policy on every page, as the hosts' headers carry it").toBe(1);
});

/** Collects every CSP violation, console error and uncaught exception of the page. */
async function problemsOf(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => message.type() === 'error' && problems.push(`${page.url()}: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

test('reading, the theme, copying a link and searching run without a CSP violation or a console error', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.emulateMedia({ colorScheme: 'light' });
  const problems = await problemsOf(page);

  await page.goto('/');
  await page.getByRole('link', { name: 'Can I resize the disks of a node pool?' }).click();
  await expect(page).toHaveURL('/beta/#moved');

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  const question = page.locator('[data-question="moved"]');
  await question.hover();
  await question.getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('https://faq.example.org/q/moved/');

  await page.keyboard.press('/');
  await page.keyboard.type('clock drift');
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(first).toContainText('How do nodes keep their clocks in sync?');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/alpha\/\?highlight=.+#time-sync$/);
  await expect(page.locator('[data-question="time-sync"] mark').first()).toBeVisible();

  expect(problems).toEqual([]);
});

test('prefetching, copying code, permalinks, anchor rescue and the search page run without a CSP violation or a console error', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = await problemsOf(page);

  // Speculation rules prefetch the section the pointer rests on.
  await page.goto('/gamma/');
  const alpha = page.locator('#section-nav').getByRole('link', { name: 'Alpha' });
  await alpha.hover();
  await alpha.click();
  await expect(page).toHaveURL('/alpha/');
  await page.getByRole('button', { name: 'Copy code' }).first().click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(alphaCodeBlocks[0]);

  await page.goto('/q/old-name/');
  await expect(page).toHaveURL('/alpha/#renamed');
  await page.goto('/#can-i-resize-the-disks-of-a-node-pool');
  await expect(page).toHaveURL('/beta/#moved');
  await page.goto('/search/?q=upgrade');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();

  expect(problems).toEqual([]);
});
