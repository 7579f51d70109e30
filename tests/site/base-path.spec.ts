import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { basePathSite as site } from '../support/servers.ts';
import { attribute, findAll, parsePage, textOf, type HtmlNode } from '../support/html.ts';
import { expectQuestionInView } from '../support/in-view.ts';

// The fixture site as a GitHub Pages project site: built with SITE_URL and BASE_PATH and served under
// /aks-faq/ (playwright.config.ts). Every mechanism of the site must stay under that path.
const at = (path: string) => `${site.base}${path.replace(/^\//, '')}`;
const url = (path: string) => `${site.origin}${at(path)}`;
const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the FAQ' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

test.use({ baseURL: site.origin });

// Whatever a test does, the pages under the base path report no CSP violation and no error.
let problems: string[] = [];
test.beforeEach(async ({ page }) => {
  problems = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`),
    );
  });
  page.on(
    'console',
    (message) =>
      message.type() === 'error' &&
      !message.text().includes('404 (Not Found)') &&
      problems.push(`${page.url()}: ${message.text()}`),
  );
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
});
test.afterEach(() => expect(problems).toEqual([]));

test('navigation: header, section list, index, pager, breadcrumbs and footer stay under the base path', async ({
  page,
}) => {
  await page.goto(at('/'));
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Beta' }).click();
  await expect(page).toHaveURL(url('/beta/'));
  await page.getByRole('navigation', { name: 'Other sections' }).getByRole('link', { name: /Alpha/ }).click();
  await expect(page).toHaveURL(url('/alpha/'));
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(url('/'));
  await page.getByRole('link', { name: 'Can I resize the disks of a node pool?' }).click();
  await expect(page).toHaveURL(url('/beta/#moved'));
  await page.getByRole('link', { name: 'All questions on one page' }).first().click();
  await expect(page).toHaveURL(url('/all/'));
  await page.getByRole('banner').getByRole('link', { name: 'Fixture FAQ' }).click();
  await expect(page).toHaveURL(url('/'));
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', at('/favicon.svg'));
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    at('/feed.xml'),
  );
});

test('links written in answers and introductions from the site root get the base path', async ({ page }) => {
  await page.goto(at('/beta/'));
  const intro = page.locator('main article .prose').first();
  await expect(intro.getByRole('link', { name: 'Alpha' })).toHaveAttribute('href', at('/alpha/'));
  await expect(intro.getByRole('link', { name: 'renamed question' })).toHaveAttribute('href', at('/q/renamed/'));
  await expect(intro.getByRole('img', { name: 'The site’s icon' })).toHaveAttribute('src', at('/favicon.svg'));
  await intro.getByRole('link', { name: 'renamed question' }).click();
  await expect(page).toHaveURL(url('/alpha/#renamed'));
  await expectQuestionInView(page, 'renamed');
});

test('permalinks land, keep ?highlight=, and copy the absolute address on the configured host', async ({ page }) => {
  await page.goto(at('/q/reworded/'));
  await expect(page).toHaveURL(url('/alpha/#reworded'));
  await page.goto(at('/q/old-name/?highlight=image'));
  await expect(page).toHaveURL(url('/alpha/?highlight=image#renamed'));
  await expect(page.locator('[data-question="renamed"] mark').first()).toHaveText(/image/i);
  await expect(page.locator('[data-question="renamed"] button[data-copy-url]')).toHaveAttribute(
    'data-copy-url',
    `${site.env.SITE_URL}${at('/q/renamed/')}`,
  );
  const response = await page.goto(at('/q/never-existed/'));
  expect(response?.status()).toBe(404);
});

test('Learn-style anchors, moved anchors and retired ids land through the anchor map under the base path', async ({
  page,
}) => {
  const map = (await (await page.request.get(at('/anchors.json'))).json()) as Record<string, string>;
  expect(
    Object.values(map).every((target) => target.startsWith(site.base)),
    JSON.stringify(map),
  ).toBe(true);
  await page.goto(at('/#can-i-resize-the-disks-of-a-node-pool-'));
  await expect(page).toHaveURL(url('/beta/#moved'));
  await expectQuestionInView(page, 'moved');
  await page.goto(at('/alpha/#moved'));
  await expect(page).toHaveURL(url('/beta/#moved'));
  await page.goto(at('/beta/#gone'));
  await expect(page).toHaveURL(url('/q/gone/'));
  await expect(page.getByRole('link', { name: /Search for/ })).toHaveAttribute('href', at('/search/?q=gone'));
});

test('a fragment that matches nothing offers a search under the base path', async ({ page }) => {
  await page.goto(at('/beta/#no-such-question'));
  const notice = page.locator('#anchor-notice');
  await expect(notice).toContainText('No question matches the link “#no-such-question”');
  await expect(notice.getByRole('link')).toHaveAttribute('href', at('/search/?q=no%20such%20question'));
  await notice.getByRole('link').click();
  await expect(page).toHaveURL(url('/search/?q=no+such+question'));
});

test('search: results link under the base path, Enter lands highlighted, and the search page shares its address', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(at('/alpha/'));
  await page.keyboard.press('/');
  await page.keyboard.type('resize disks');
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  const first = results(page).getByRole('option').first();
  await expect(first).toContainText('Can I resize the disks of a node pool?');
  await expect(first).toHaveAttribute('href', new RegExp(`^${at('/beta/')}\\?highlight=[^#]+#moved$`));
  expect(
    requested.filter((path) => path.includes('/pagefind/')).every((path) => path.startsWith(at('/pagefind/'))),
  ).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`^${url('/beta/')}\\?highlight=[^#]+#moved$`));
  await expect(page.locator('[data-question="moved"] mark.pagefind-highlight').first()).toBeVisible();

  await page.goto(at('/search/?q=node+image'));
  await expect(results(page).getByRole('option').first()).toContainText('Which node image does a new pool use?');
  await searchBox(page).fill('api server');
  await expect(page).toHaveURL(url('/search/?q=api+server'));
  await expect(results(page).getByRole('option').first()).toHaveAttribute('href', new RegExp(`^${at('/alpha/')}`));
});

test('the header search offers all results on the search page under the base path', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(at('/'));
  await searchBox(page).fill('pool');
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  // Three questions never need the link shown, but it is kept up to date with the query.
  await expect(page.locator('[data-search-all]')).toHaveAttribute('href', at('/search/?q=pool'));
});

test('the 404 page serves missing addresses under the base path and searches for their words', async ({ page }) => {
  const response = await page.goto(at('/node-pool-disks/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  const box = page.getByRole('searchbox', { name: 'Words to search for' });
  await expect(box, 'the words of the address, not of the base path').toHaveValue('node pool disks');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(url('/search/?q=node+pool+disks'));
  await expect(results(page).getByRole('option').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('permalinks and aliases land by their meta refresh, and /search/ and the 404 page lead to /all/', async ({
    page,
  }) => {
    await page.goto(at('/q/old-name/'));
    await expect(page).toHaveURL(url('/alpha/#renamed'));
    await expectQuestionInView(page, 'renamed');
    await page.goto(at('/q/moved/'));
    await expect(page).toHaveURL(url('/beta/#moved'));
    for (const path of ['/search/?q=disks', '/node-pool-disks/']) {
      await page.goto(at(path));
      await expect(page.getByRole('link', { name: 'every question on one page' }), path).toHaveAttribute(
        'href',
        at('/all/'),
      );
    }
  });
});

test('a crawl of the served site from its home page finds no broken link and none outside the base path', async () => {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: url('/'),
    recurse: true,
    checkFragments: true,
    linksToSkip: ['^https?://(?!127\\.0\\.0\\.1)'],
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.url} (from ${link.parent}) ${link.status}`);
  expect(broken).toEqual([]);
  const local = result.links
    .filter((link) => link.url.startsWith(site.origin))
    .map((link) => new URL(link.url).pathname);
  expect(local.filter((path) => !path.startsWith(site.base))).toEqual([]);
  expect(local).toEqual(
    expect.arrayContaining([at('/alpha/'), at('/beta/'), at('/all/'), at('/search/'), at('/feed.xml')]),
  );
});

/** The strings of a JSON value that are addresses: a path from the root or an http(s) URL. */
const addressesIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? /^(\/|https?:)/.test(value)
      ? [value]
      : []
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(addressesIn)
      : [];

/**
 * Every address a built file names, each file read as what it is: HTML and XML as trees, JSON as data, robots.txt as
 * its lines.
 */
function addressesOf(file: string, text: string): string[] {
  if (file.endsWith('.json')) return addressesIn(JSON.parse(text));
  if (file.endsWith('.txt'))
    return text
      .split('\n')
      .map((line) => line.slice(line.indexOf(':') + 1).trim())
      .filter((value) => /^(\/|https?:)/.test(value));
  const textNodes = (node: HtmlNode): string[] =>
    node.type === 'text' ? [node.value ?? ''] : (node.children ?? []).flatMap(textNodes);
  const page = parsePage(text);
  // The feed carries each answer as escaped HTML: its links are read as a page's.
  const found = file.endsWith('.xml')
    ? textNodes(page).flatMap((value) =>
        value.trim().startsWith('<') ? addressesOf('answer.html', value) : addressesIn(value.trim()),
      )
    : [];
  for (const element of findAll(page, () => true)) {
    // ARIA attributes hold no addresses: aria-keyshortcuts="/ Control+K" names the slash key.
    for (const [name, value] of Object.entries(element.properties ?? {}))
      if (!name.startsWith('aria'))
        for (const one of [value].flat()) found.push(...addressesIn(String(one).replace(/^\d+;\s*url=/i, '')));
    if (
      element.tagName === 'script' &&
      ['application/ld+json', 'speculationrules'].includes(attribute(element, 'type') ?? '')
    )
      found.push(...addressesIn(JSON.parse(textOf(element))));
  }
  return found;
}

test('no built file names a path outside the base path, the placeholder host, or the site without its base', () => {
  const files = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.(html|xml|json|txt)$/.test(file) && !file.startsWith('pagefind'),
  );
  expect(files).toEqual(
    expect.arrayContaining([
      'index.html',
      'alpha/index.html',
      'q/old-name/index.html',
      '404.html',
      'feed.xml',
      'sitemap-0.xml',
      'anchors.json',
      'robots.txt',
    ]),
  );
  const escaping: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(site.outDir, file), 'utf8');
    if (text.includes(site.placeholderHost)) escaping.push(`${file}: names ${site.placeholderHost}`);
    for (const found of addressesOf(file, text)) {
      const onSite = found.startsWith('/') ? !found.startsWith('//') : found.startsWith(site.env.SITE_URL);
      const path = found.startsWith('/') ? found : found.slice(site.env.SITE_URL.length);
      if (onSite && !path.startsWith(site.base)) escaping.push(`${file}: ${found}`);
    }
  }
  expect(escaping).toEqual([]);
  expect(readFileSync(join(site.outDir, 'sitemap-0.xml'), 'utf8')).toContain(
    `<loc>${site.env.SITE_URL}${at('/alpha/')}</loc>`,
  );
  expect(readFileSync(join(site.outDir, 'robots.txt'), 'utf8')).toContain(`Allow: ${at('/')}`);
});
