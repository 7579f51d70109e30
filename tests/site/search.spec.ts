import { expect, test, type Page } from '@playwright/test';
import { expectQuestionInView } from '../support/in-view.ts';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the FAQ' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const sectionFilter = (page: Page) => page.getByLabel('Section', { exact: true });
const status = (page: Page) => page.locator('header').getByRole('status');
/** The questions a result list leads to, as paths with their anchors, best first. */
const targets = (page: Page) =>
  results(page)
    .getByRole('option')
    .evaluateAll((all) =>
      all.map((option) => (option as HTMLAnchorElement).pathname + (option as HTMLAnchorElement).hash),
    );

/** Holds the requests to `url` until the function it gives lets them go: a slow network, on cue. */
async function holdRequests(page: Page, url: RegExp) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** On /gamma/, types "resize disks" and Enter in the header's box while `url`'s requests wait; gives their release. */
async function enterWhileHeld(page: Page, url: RegExp) {
  const release = await holdRequests(page, url);
  await page.goto('/gamma/');
  await page.keyboard.press('/');
  await page.keyboard.type('resize disks');
  await page.keyboard.press('Enter');
  return release;
}

test('nothing of search loads until the reader focuses the search box, and then its code, Pagefind and the lexicon do', async ({
  page,
}) => {
  const requests: { path: string; afterFocus: boolean }[] = [];
  let focused = false;
  page.on('request', (request) => requests.push({ path: new URL(request.url()).pathname, afterFocus: focused }));
  await page.goto('/alpha/');
  // The page's scripts have run (the box is a combobox now) and every request the page makes by itself is made.
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  await page.waitForLoadState('networkidle');
  // A reader reads: scrolls, tabs to a link, opens "On this page".
  await page.mouse.wheel(0, 1200);
  await page.keyboard.press('Tab');
  await page.locator('.toc a').first().hover();
  const scriptsBefore = requests.filter(({ path }) => path.endsWith('.js')).map(({ path }) => path);
  expect(requests.filter(({ path }) => path.startsWith('/pagefind/'))).toEqual([]);

  focused = true;
  await searchBox(page).focus();
  await expect
    .poll(() => requests.filter(({ path }) => path.startsWith('/pagefind/')).map(({ path }) => path))
    .toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/lexicon.json']));
  expect(
    requests.filter(({ path, afterFocus }) => path.startsWith('/pagefind/') && !afterFocus),
    'no part of the index before focus',
  ).toEqual([]);
  const codeOnFocus = requests.filter(
    ({ path, afterFocus }) =>
      afterFocus && path.startsWith('/_astro/') && path.endsWith('.js') && !scriptsBefore.includes(path),
  );
  expect(codeOnFocus.length, 'the search code itself loads on focus').toBeGreaterThan(0);
});

test('a question typed in own words comes first, and Enter lands on it with the words highlighted', async ({
  page,
}) => {
  await page.goto('/gamma/');
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('resize disks');
  const first = results(page).getByRole('option').first();
  await expect(first).toContainText('Can I resize the disks of a node pool?');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  // Enter opens it, but a screen reader is not read each keystroke's best result whole: only one the reader moves to.
  await expect(searchBox(page)).not.toHaveAttribute('aria-activedescendant');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/beta\/\?highlight=[^#]+#moved$/);
  await expectQuestionInView(page, 'moved');
  const marks = page.locator('[data-question="moved"] mark.pagefind-highlight');
  await expect(marks).toHaveText(['resize', 'disks']);
  await expect(page.locator('mark.pagefind-highlight'), 'only the landed-on question is marked').toHaveCount(2);
});

test('another result on the same page, opened by its fragment without a reload, takes the marks', async ({ page }) => {
  await page.goto('/beta/?highlight=node#moved');
  await expect(page.locator('[data-question="moved"] mark.pagefind-highlight')).toHaveText(['node']);
  await page.evaluate(() => (location.hash = 'node-pool-upgrades'));
  await expect(page.locator('[data-question="node-pool-upgrades"] mark.pagefind-highlight').first()).toBeVisible();
  await expect(page.locator('[data-question="moved"] mark.pagefind-highlight')).toHaveCount(0);
  await expect(page.locator('[data-question="moved"] .question-heading')).toHaveText(
    'Can I resize the disks of a node pool?',
  );
});

test('Enter pressed as soon as the words are typed opens the best result for all of them, not for fewer', async ({
  page,
}) => {
  await page.goto('/gamma/');
  await page.keyboard.press('/');
  await page.keyboard.type('resize disks');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/beta\/\?highlight=resize\+disks#moved$/);
  await expectQuestionInView(page, 'moved');
});

test('an Enter still waiting for search is dropped once the reader leaves the box', async ({ page }) => {
  const release = await enterWhileHeld(page, /\/pagefind\//);
  // The reader gives up waiting and reads on: a click on the page takes the focus from the box.
  await page.locator('main h1').click();
  release();
  // The results arrive in the closed dropdown; the page stays.
  const closed = page.locator('#site-search-results');
  await expect(closed.locator('[role="option"]').first()).toBeAttached();
  await expect(closed).toHaveAttribute('aria-busy', 'false');
  await expect(page).toHaveURL('/gamma/');
});

test('an Enter pressed before the search code has loaded is dropped once the reader leaves the box', async ({
  page,
}) => {
  const release = await enterWhileHeld(page, /\/_astro\/combobox\.[^/]+\.js$/);
  await page.locator('main h1').click();
  release();
  // The search code arrives and searches the words, in the closed dropdown; neither a result nor /search/ opens.
  await expect(page.locator('#site-search-results [role="option"]').first()).toBeAttached();
  await expect(page).toHaveURL('/gamma/');
});

test('/search/ says it is searching while search loads, not what it said of fewer letters', async ({ page }) => {
  const release = await holdRequests(page, /\/pagefind\//);
  await page.goto('/search/');
  const said = page.locator('main [data-search-status]');
  await searchBox(page).pressSequentially('n');
  await expect(said).toHaveText('Type two letters or more to search.');
  await searchBox(page).pressSequentially('odes');
  await expect(said).toHaveText('Searching…');
  release();
  await expect(said).toHaveText(/results?$/);
});

test('the header dropdown says it is searching while search loads, and that search failed when it cannot load', async ({
  page,
}) => {
  const release = await holdRequests(page, /\/pagefind\//);
  await page.goto('/gamma/');
  const said = page.locator('header [data-search-status]');
  await searchBox(page).pressSequentially('nodes');
  await expect(said).toBeVisible();
  await expect(said).toHaveText('Searching…');
  // Esc closes it and keeps the words, as it does over results.
  await searchBox(page).press('Escape');
  await expect(said).toBeHidden();
  await expect(searchBox(page)).toHaveValue('nodes');
  await searchBox(page).press('ArrowDown');
  release();
  await expect(results(page).getByRole('option').first()).toBeVisible();

  await page.route(/\/pagefind\//, (route) => route.abort());
  await page.reload();
  await searchBox(page).pressSequentially('nodes');
  await expect(said).toBeVisible();
  await expect(said).toHaveText('Search is not available right now.');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
});

test('the status line, a live region, is not rewritten by a search that says the same', async ({ page }) => {
  await page.goto('/alpha/');
  await searchBox(page).pressSequentially('node');
  const said = page.locator('header [data-search-status]');
  await expect(said).toHaveText(/results?$/);
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  await said.evaluate((status) => {
    const changes = new MutationObserver((records) => (status.dataset['changes'] = String(records.length)));
    changes.observe(status, { childList: true, characterData: true, subtree: true });
  });
  // A space searches the same words again.
  await searchBox(page).press('Space');
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  await searchBox(page).press('Backspace');
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  await expect(said).not.toHaveAttribute('data-changes');
});

test('on a touch screen, a finger moving over the results chooses none of them', async ({ page }) => {
  await page.goto('/alpha/');
  await searchBox(page).fill('node');
  const options = results(page).getByRole('option');
  await expect(options.nth(1)).toBeVisible();
  await options.nth(1).dispatchEvent('pointermove', { pointerType: 'touch' });
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await options.nth(1).dispatchEvent('pointermove', { pointerType: 'mouse' });
  await expect(options.nth(1), 'a mouse still chooses').toHaveAttribute('aria-selected', 'true');
});

test('Enter pressed before the search code has loaded waits for it and opens the best result, not the search page', async ({
  page,
}) => {
  const release = await enterWhileHeld(page, /\/_astro\/combobox\.[^/]+\.js$/);
  release();
  await expect(page).toHaveURL(/\/beta\/\?highlight=resize\+disks#moved$/);
  await expectQuestionInView(page, 'moved');
});

test('keyboard only: shortcuts focus search, arrows move through results, Enter opens, Esc closes and then clears', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('node pool');
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
  await expect(options.nth(count - 1), 'Up from the first result wraps to the last').toHaveAttribute(
    'aria-selected',
    'true',
  );

  await page.keyboard.press('Escape');
  await expect(results(page)).toBeHidden();
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(searchBox(page), 'a closed list has no active option').not.toHaveAttribute('aria-activedescendant');
  await expect(searchBox(page)).toHaveValue('node pool');
  await page.keyboard.press('ArrowDown');
  await expect(results(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');

  await page.keyboard.type('upgrade');
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  const href = (await options.nth(1).getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href);
  await expectQuestionInView(page, href.split('#')[1]!);
});

test('searching from the header leaves the page where the reader was, on a phone and a desktop', async ({ page }) => {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/alpha/');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const before = await page.evaluate(() => window.scrollY);
    expect(before, `the page scrolls at ${width} px`).toBeGreaterThan(200);
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('node pool');
    await expect(results(page)).toHaveAttribute('aria-busy', 'false');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => window.scrollY), `${width} px`).toBe(before);
  }
});

test('a pasted error log or a long unbroken word keeps the status line short and the page its width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 700 });
  await page.goto('/alpha/');
  for (const [text, said] of [
    ['node pool upgrade failed '.repeat(40), /^\d+ (of \d+ )?results?$/],
    ['x'.repeat(300), /^No results for “x{80}…”\.$/],
  ] as const) {
    await searchBox(page).fill(text);
    await expect(status(page)).toHaveText(said);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
});

test('a version is searched and marked where it stands whole, not in every number that shares a digit', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('upgrade to 1.33.2');
  const first = results(page).getByRole('option').first();
  await expect(first).toHaveAttribute('href', /#upgrade-cluster$/);
  const highlight = new URL((await first.getAttribute('href'))!, page.url()).searchParams.get('highlight')!;
  expect(highlight.split(' ')).toContain('1.33.2');
  expect(highlight.split(' ')).not.toContain('1');
  await page.keyboard.press('Enter');
  await expect(page.locator('mark.pagefind-highlight').filter({ hasText: '1.33.2' })).toHaveCount(1);
  await expect(page.locator('mark.pagefind-highlight').filter({ hasText: /^(1|2|33)$/ })).toHaveCount(0);
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
  await searchBox(page).fill('upgrade');
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  expect((await targets(page)).toSorted()).toEqual(['/alpha/#upgrade-cluster', '/beta/#node-pool-upgrades']);

  await sectionFilter(page).selectOption({ label: 'Beta' });
  await expect.poll(() => targets(page)).toEqual(['/beta/#node-pool-upgrades']);
  await expect(results(page).getByRole('option').first()).toContainText('Beta');
  await expect(results(page), 'the list stays open while the filter has focus').toBeVisible();
  await sectionFilter(page).press('Escape');
  await expect(results(page), 'Esc in the filter closes the list').toBeHidden();
  await expect(searchBox(page)).toBeFocused();
});

test('a search without results says so and offers the full index', async ({ page }) => {
  await page.goto('/alpha/');
  await page.keyboard.press('/');
  await page.keyboard.type('xylophone');
  await expect(status(page)).toHaveText('No results for “xylophone”.');
  await expect(results(page)).toBeHidden();
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  const index = page.locator('header').getByRole('link', { name: 'all questions' });
  await expect(index).toBeVisible();
  await index.click();
  await expect(page).toHaveURL('/');
});

test('stop words alone search nothing and the status says what to add, while they are typed and on /search/', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('/');
  for (const typed of ['how', ' do i', ' s']) {
    await page.keyboard.type(typed);
    await expect(status(page)).toHaveText(
      `No results for “${await searchBox(page).inputValue()}”: add the words that say what you need.`,
    );
    await expect(results(page), 'no question matches stop words').toBeHidden();
    await expect(page.locator('header').getByText('Try other or fewer words'), 'no advice to try fewer').toBeHidden();
  }
  await page.keyboard.type('cale');
  await expect(results(page).getByRole('option').first(), 'the words typed, no stop word, are marked').toHaveAttribute(
    'href',
    '/alpha/?highlight=scale+scaling#scale-to-zero',
  );

  await page.goto('/search/?q=the+and+of+to+is+it');
  await expect(page.locator('main [data-search-status]')).toHaveText(
    'No results for “the and of to is it”: add the words that say what you need.',
  );
  await expect(results(page)).toBeHidden();
});

test('a misspelt query is searched corrected, and the status says what was searched', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('kubernets upgade');
  await expect(status(page)).toHaveText(/^\d+( of \d+)? results? for “kubernetes upgrade”$/);
  await expect(results(page).getByRole('option').first()).toContainText(
    'How do I upgrade a cluster to a newer Kubernetes version?',
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/alpha\/\?highlight=[^#]*upgrade[^#]*#upgrade-cluster$/);
});

test('when nothing matches, the closest questions are offered and said to be so', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('chronyyyy');
  const header = page.locator('header');
  await expect(status(page)).toHaveText('No results for “chronyyyy”. The closest questions:');
  await expect(results(page).getByRole('option').first()).toContainText('How do nodes keep their clocks in sync?');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(header.getByRole('link', { name: 'all questions' }), 'the advice stays').toBeVisible();
  await expect(header.getByRole('link', { name: 'See all results' })).toBeHidden();
});

test('the concept map finds a question by a word of the reader’s that no answer has', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('skew');
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  expect((await targets(page))[0]).toBe('/alpha/#time-sync');
});

test('without its lexicon search still finds questions by their words, only without corrections or the concept map', async ({
  page,
}) => {
  await page.route('**/pagefind/lexicon.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('resize disks');
  await expect(results(page).getByRole('option').first()).toContainText('Can I resize the disks of a node pool?');
  await expect(status(page)).not.toContainText(' for “');
  await searchBox(page).fill('skew');
  await expect(status(page)).toHaveText('No results for “skew”.');
});

test('/search/?q= shows results, keeps its address in step and Back restores it', async ({ page }) => {
  await page.goto('/search/?q=chrony');
  const box = searchBox(page);
  const options = results(page).getByRole('option');
  await expect(box).toHaveValue('chrony');
  await expect(options.first()).toHaveAttribute('href', /#time-sync$/);

  await box.fill('upgrade pools');
  await expect(page).toHaveURL('/search/?q=upgrade+pools');
  await expect(page).toHaveTitle(/^upgrade pools – Search/);
  await sectionFilter(page).selectOption({ label: 'Alpha' });
  await expect(page).toHaveURL('/search/?q=upgrade+pools&section=alpha');
  await expect(options.first()).toHaveAttribute('href', /#upgrade-cluster$/);

  await options.first().click();
  await expect(page).toHaveURL(/\/alpha\/\?highlight=[^#]+#upgrade-cluster$/);
  await page.goBack();
  await expect(page).toHaveURL('/search/?q=upgrade+pools&section=alpha');
  await expect(box).toHaveValue('upgrade pools');
  await expect(options.first()).toHaveAttribute('href', /#upgrade-cluster$/);
  await page.goBack();
  await expect(page).toHaveURL('/search/?q=upgrade+pools');
  await expect(sectionFilter(page)).toHaveValue('');
  await expect(options.first()).toBeVisible();
});

test('/search/ with one letter says to type another', async ({ page }) => {
  await page.goto('/search/?q=a');
  await expect(page.locator('main [data-search-status]')).toHaveText('Type two letters or more to search.');
  await expect(page, 'the address keeps the letter, to reload or share').toHaveURL('/search/?q=a');
  await searchBox(page).press('End');
  await page.keyboard.type('z');
  await expect(page.locator('main [data-search-status]')).toHaveText(/results?|No results/);
});

test('/search/ with a section it does not know searches all sections, and Back leaves it', async ({ page }) => {
  await page.goto('/alpha/');
  await page.goto('/search/?q=upgrade&section=renamed-section');
  await expect(sectionFilter(page)).toHaveValue('');
  await expect(page).toHaveURL('/search/?q=upgrade');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL('/alpha/');
});

test('the 404 page offers search with the words of the missing address', async ({ page }) => {
  await page.goto('/q/node-pool-upgrade/');
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('searchbox', { name: 'Words to search for' })).toHaveValue('node pool upgrade');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL('/search/?q=node+pool+upgrade');
  await expect(results(page).getByRole('option').first()).toHaveAttribute('href', /#node-pool-upgrades$/);
});

test('the header’s search box shows on phones and wide screens alike', async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/beta/');
    await expect(page.locator('header').getByRole('combobox', { name: 'Search the FAQ' }), `${width} px`).toBeVisible();
  }
});

test('the header’s results open inside the window at every width, also just above the phone layout', async ({
  page,
}) => {
  await page.goto('/beta/');
  for (const width of [360, 640, 683, 707, 1024, 1280]) {
    await page.setViewportSize({ width, height: 700 });
    await searchBox(page).fill('node pool');
    await expect(results(page)).toHaveAttribute('aria-busy', 'false');
    const panel = await page.locator('header [data-search-panel]').boundingBox();
    expect(panel!.x, `${width} px: the left edge`).toBeGreaterThanOrEqual(0);
    expect(panel!.x + panel!.width, `${width} px: the right edge`).toBeLessThanOrEqual(width);
  }
});
