import { expect, test, type Page } from '@playwright/test';
import { expectQuestionInView } from '../support/in-view.ts';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the FAQ' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const sectionFilter = (page: Page) => page.getByLabel('Section', { exact: true });

test('nothing of search loads until the reader focuses the search box', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/operations/');
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 1200);
  await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
  expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  const scriptsBefore = requested.filter((path) => path.endsWith('.js'));

  await searchBox(page).focus();
  await expect.poll(() => requested.filter((path) => path.startsWith('/pagefind/'))).toContain('/pagefind/pagefind.js');
  const loadedOnFocus = requested.filter((path) => path.startsWith('/_astro/') && !scriptsBefore.includes(path));
  expect(loadedOnFocus.length, 'the search code itself loads on focus').toBeGreaterThan(0);
});

test('a question typed in own words comes first, and Enter lands on it with the words highlighted', async ({ page }) => {
  await page.goto('/support/');
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('NSG rules');
  const first = results(page).getByRole('option').first();
  await expect(first).toContainText('Can I configure NSGs with AKS?');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/networking\/\?highlight=[^#]+#network-security-groups$/);
  await expectQuestionInView(page, 'network-security-groups');
  const question = page.locator('[data-question="network-security-groups"]');
  await expect(question.locator('.answer mark.pagefind-highlight').first()).toBeVisible();
  expect(await question.locator('mark.pagefind-highlight').allTextContents()).toEqual(expect.arrayContaining(['NSGs', 'rules']));
  const marked = await question.locator('mark.pagefind-highlight').count();
  await expect(page.locator('mark.pagefind-highlight'), 'only the landed-on question is marked').toHaveCount(marked);
});

test('keyboard only: shortcuts focus search, arrows move through results, Enter opens, Esc closes and then clears', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('scale to zero');
  // Results follow each keystroke; the list says when the last one is in.
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  const options = results(page).getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const count = await options.count();
  expect(count).toBeGreaterThan(2);

  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.first()).toHaveAttribute('aria-selected', 'false');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(count - 1), 'Up from the first result wraps to the last').toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Escape');
  await expect(results(page)).toBeHidden();
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(searchBox(page)).toHaveValue('scale to zero');
  await page.keyboard.press('ArrowDown');
  await expect(results(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');

  await page.keyboard.type('vmss');
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  const href = (await options.nth(1).getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href);
  await expectQuestionInView(page, href.split('#')[1]!);
});

test('the shortcuts leave other fields alone', async ({ page }) => {
  await page.goto('/no-such-page/');
  const words = page.getByRole('searchbox', { name: 'Words to search for' });
  await words.fill('a/b');
  await words.press('End');
  await page.keyboard.type('/c');
  await expect(words).toHaveValue('a/b/c');
  await expect(searchBox(page)).not.toBeFocused();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');
});

test('the section filter keeps only that section’s questions', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).fill('cluster upgrade');
  const options = results(page).getByRole('option');
  await expect(options.first()).toBeVisible();
  const sectionsOf = () => options.evaluateAll((all) => all.map((option) => new URL((option as HTMLAnchorElement).href).pathname));
  expect(new Set(await sectionsOf()).size, 'unfiltered results span sections').toBeGreaterThan(1);

  await sectionFilter(page).selectOption({ label: 'Troubleshooting cluster issues' });
  await expect.poll(async () => [...new Set(await sectionsOf())]).toEqual(['/troubleshooting/']);
  await expect(options.first()).toContainText('Troubleshooting cluster issues');
  await expect(results(page), 'the list stays open while the filter has focus').toBeVisible();
});

test('a search without results says so and offers the full index', async ({ page }) => {
  await page.goto('/security/');
  await page.keyboard.press('/');
  await page.keyboard.type('xylophone');
  await expect(page.locator('header').getByRole('status')).toHaveText('No results for “xylophone”.');
  await expect(results(page)).toBeHidden();
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  const index = page.locator('header').getByRole('link', { name: 'all questions' });
  await expect(index).toBeVisible();
  await index.click();
  await expect(page).toHaveURL('/');
});

test('a misspelt query is searched corrected, and the status says what was searched', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('kubernets upgade');
  await expect(page.locator('header').getByRole('status')).toHaveText(/^\d+( of \d+)? results for “kubernetes upgrade”$/);
  const first = results(page).getByRole('option').first();
  await expect(first).toContainText(/upgrade/i);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?highlight=[^#]*upgrade[^#]*#/);
});

test('when nothing matches, the closest questions are offered and said to be so', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('chronyyyy');
  const header = page.locator('header');
  await expect(header.getByRole('status')).toHaveText('No results for “chronyyyy”. The closest questions:');
  await expect(results(page).getByRole('option').first()).toContainText('How does Time synchronization work in AKS?');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(header.getByRole('link', { name: 'all questions' }), 'the advice stays').toBeVisible();
  await expect(header.getByRole('link', { name: 'See all results' })).toBeHidden();
});

test('without its lexicon search still finds questions by their words, only without corrections', async ({ page }) => {
  await page.route('**/pagefind/lexicon.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('fips node pools');
  await expect(results(page).getByRole('option').first()).toContainText('FIPS');
  await expect(page.locator('header').getByRole('status')).not.toContainText(' for “');
});

test('/search/?q= shows results, keeps its address in step and Back restores it', async ({ page }) => {
  await page.goto('/search/?q=fips');
  const box = searchBox(page);
  const options = results(page).getByRole('option');
  await expect(box).toHaveValue('fips');
  await expect(options.first()).toHaveAttribute('href', /#fips$/);

  await box.fill('restore deleted cluster');
  await expect(page).toHaveURL('/search/?q=restore+deleted+cluster');
  await expect(page).toHaveTitle(/^restore deleted cluster – Search/);
  await sectionFilter(page).selectOption({ label: 'Operations' });
  await expect(page).toHaveURL('/search/?q=restore+deleted+cluster&section=operations');
  await expect(options.first()).toHaveAttribute('href', /#restore-deleted-cluster$/);

  await options.first().click();
  await expect(page).toHaveURL(/\/operations\/\?highlight=[^#]+#restore-deleted-cluster$/);
  await page.goBack();
  await expect(page).toHaveURL('/search/?q=restore+deleted+cluster&section=operations');
  await expect(box).toHaveValue('restore deleted cluster');
  await expect(options.first()).toHaveAttribute('href', /#restore-deleted-cluster$/);
  await page.goBack();
  await expect(page).toHaveURL('/search/?q=restore+deleted+cluster');
  await expect(sectionFilter(page)).toHaveValue('');
  await expect(options.first()).toBeVisible();
});

test('the 404 page offers search with the words of the missing address', async ({ page }) => {
  await page.goto('/q/node-pool-upgrade/');
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('searchbox', { name: 'Words to search for' })).toHaveValue('node pool upgrade');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL('/search/?q=node+pool+upgrade');
  await expect(results(page).getByRole('option').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box opens the search page, which says search needs JavaScript and links to the index', async ({ page }) => {
    await page.goto('/networking/');
    await page.getByRole('searchbox', { name: 'Search the FAQ' }).fill('nsg');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/search/?q=nsg');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'the full index' })).toHaveAttribute('href', '/');
  });
});
