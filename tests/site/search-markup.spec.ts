import { expect, test, type Page } from '@playwright/test';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { buildFixture } from '../support/build-fixture.ts';

// tests/fixtures/search-html has a question whose text is `<img src=x onerror=alert(1)>`. The fixture is built
// for real (Astro and Pagefind) into a temporary folder, and the browser reads that folder through a route.
const origin = 'http://search-fixture.test';
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
let outDir = '';

// One build of the fixture for both tests: two builds of one content folder at once would share its cache.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const build = await buildFixture('search-html');
  expect(build.code, build.output).toBe(0);
  expect(build.output).toContain('Pagefind: indexed 3 questions');
  outDir = build.outDir;
});

/** Serves the fixture's build to the browser from its folder. */
async function serveBuild(page: Page) {
  await page.route(`${origin}/**`, async (route) => {
    let file = join(outDir, decodeURIComponent(new URL(route.request().url()).pathname));
    if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file).catch(() => undefined);
    await route.fulfill(body ? { body, contentType: types[extname(file)] ?? 'application/octet-stream' } : { status: 404 });
  });
}

test('a question whose text is HTML shows as text in results and on its page, and runs nothing', async ({ page }) => {
  await serveBuild(page);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  await page.goto(`${origin}/basics/`);
  await page.keyboard.press('/');
  await page.keyboard.type('onerror script');
  const option = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(option).toContainText('<img src=x onerror=alert(1)>');
  await expect(option).toContainText('<script>alert(2)</script>');
  await expect(option.locator('img, script')).toHaveCount(0);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/basics\/\?highlight=[^#]+#html-in-question$/);
  const heading = page.locator('h2#html-in-question');
  await expect(heading).toHaveText('<img src=x onerror=alert(1)>');
  await expect(heading.locator('mark.pagefind-highlight')).toHaveText(['onerror']);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('quotes, ampersands and tags in a question show as written in results, on the page and in structured data', async ({ page }) => {
  await serveBuild(page);
  const question = 'Do "quotes" & <b>tags</b> in a question stay as written?';
  await page.goto(`${origin}/basics/`);
  await page.keyboard.press('/');
  await page.keyboard.type('quotes tags');
  const option = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(option).toContainText(question);
  await expect(option.locator('b')).toHaveCount(0);
  await expect(page.locator('h2#quotes-in-question')).toHaveText(question);
  await expect(page.locator('main b')).toHaveCount(0);
  const structured = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = structured.map((json) => JSON.parse(json) as { '@type': string; mainEntity: { name: string }[] }).find((item) => item['@type'] === 'FAQPage')!;
  expect(data.mainEntity.map((entity) => entity.name)).toContain(question);
});
