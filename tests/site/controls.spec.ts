import { chromium, expect, test, type Page } from '@playwright/test';
import { chromiumLaunchOptions, chromiumPath } from '../support/chromium.ts';
import { fixtureFaq } from '../support/fixture-faq.ts';
import { luminanceOf } from '../support/luminance.ts';

const [alpha, beta] = fixtureFaq.sections;

/**
 * The theme the page shows: <html data-theme>, what the toggle stored, the toggle's state and how light the page is.
 */
async function theme(page: Page) {
  const [background] = await luminanceOf(page, 'body', 'backgroundColor');
  return {
    attribute: await page.locator('html').getAttribute('data-theme'),
    stored: await page.evaluate(() => localStorage.getItem('theme')),
    pressed: await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed'),
    paper: background! > 0.8 ? 'light' : background! < 0.1 ? 'dark' : `neither (${background})`,
  };
}

test('the theme toggle switches to the other theme on each press, and the choice holds on the next page', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`/${alpha.id}/`);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toBeVisible();
  await expect.poll(() => theme(page)).toEqual({ attribute: null, stored: null, pressed: 'false', paper: 'light' });

  await toggle.click();
  await expect.poll(() => theme(page)).toEqual({ attribute: 'dark', stored: 'dark', pressed: 'true', paper: 'dark' });

  await page.goto(`/${beta.id}/`);
  await expect.poll(() => theme(page)).toEqual({ attribute: 'dark', stored: 'dark', pressed: 'true', paper: 'dark' });

  await toggle.click();
  await expect
    .poll(() => theme(page))
    .toEqual({ attribute: 'light', stored: 'light', pressed: 'false', paper: 'light' });
});

test('the theme follows the system until the reader chooses, and then the choice wins', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
  await expect.poll(() => theme(page)).toEqual({ attribute: null, stored: null, pressed: 'true', paper: 'dark' });
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect
    .poll(() => theme(page))
    .toEqual({ attribute: 'light', stored: 'light', pressed: 'false', paper: 'light' });
  await page.reload();
  await expect
    .poll(() => theme(page))
    .toEqual({ attribute: 'light', stored: 'light', pressed: 'false', paper: 'light' });
  // The browser's toolbar takes the chosen theme's colour, whichever the system's is.
  const toolbar = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')]
        .filter((meta) => matchMedia(meta.media || 'all').matches)
        .map((meta) => meta.content),
    );
  await expect.poll(toolbar).toEqual(['#ffffff']);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect.poll(toolbar).toEqual(['#0d1117']);
});

test('the phone navigation opens and closes by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/${alpha.id}/`);
  const nav = page.locator('#section-nav');
  await expect(nav).toBeHidden();
  const menu = page.getByRole('button', { name: 'Sections' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sections', expanded: true })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: alpha.title })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
});

test('the copy button copies the question permalink and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The page's clock runs only when the test says: the outcome's two seconds never elapse while it looks.
  await page.clock.install();
  await page.goto('/beta/');
  await page.setViewportSize({ width: 360, height: 740 });
  const block = page.locator('[data-question="node-pool-upgrades"]');
  const heading = block.getByRole('heading');
  const size = async () => {
    const { width, height } = (await heading.boundingBox())!;
    return { width, height };
  };
  const before = await size();
  await block.hover();
  await block.getByRole('button', { name: 'Copy link' }).click();
  await expect(block.getByText('Link copied')).toBeVisible();
  expect(await size(), 'the question keeps its width and its lines').toEqual(before);
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe('https://faq.example.org/q/node-pool-upgrades/');
});

test('the permalink icon links to the question anchor', async ({ page }) => {
  await page.goto('/alpha/');
  await page.locator('[data-question="renamed"]').getByRole('link', { name: 'Link to this question' }).click();
  await expect(page).toHaveURL('/alpha/#renamed');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 1024, height: 768 } });

  test('the # and “Copy link” controls show without hover, which touch cannot do', async ({ page }) => {
    await page.goto(`/${alpha.id}/`);
    expect(
      await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches),
      'the device is emulated as touch',
    ).toBe(false);
    const controls = page.locator('.question-head > div');
    const opacities = await controls.evaluateAll((all) => all.map((el) => getComputedStyle(el).opacity));
    expect(opacities).toEqual(alpha.questions.map(() => '1'));
    await expect(page.getByRole('button', { name: 'Copy link' }).first()).toBeVisible();
  });
});

test('with a mouse the # and “Copy link” controls wait for hover or focus', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/${alpha.id}/`);
  const block = page.locator('[data-question="renamed"]');
  const opacity = () => block.locator('.question-head > div').evaluate((el) => getComputedStyle(el).opacity);
  expect(await opacity()).toBe('0');
  await block.locator('.question-heading').hover();
  await expect.poll(opacity).toBe('1');
  await page.mouse.move(0, 0);
  await expect.poll(opacity).toBe('0');
  await block.getByRole('link', { name: 'Link to this question' }).focus();
  await expect.poll(opacity).toBe('1');
});

test('a page shown again by Back takes the theme chosen on the page after it', async ({ baseURL }) => {
  // Playwright turns the back-forward cache off; readers have it on, and it restores a page as it was left,
  // without running its scripts again. Chromium's headless shell has none: the full browser's headless mode has.
  const browser = await chromium.launch({
    ...chromiumLaunchOptions(chromiumPath),
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  const page = await browser.newPage({ baseURL: baseURL!, colorScheme: 'light' });
  await page.goto(`/${alpha.id}/`);
  await expect.poll(() => theme(page)).toEqual({ attribute: null, stored: null, pressed: 'false', paper: 'light' });
  await page.evaluate(() => ((window as { left?: boolean }).left = true));
  await page.goto(`/${beta.id}/`);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect.poll(() => theme(page)).toEqual({ attribute: 'dark', stored: 'dark', pressed: 'true', paper: 'dark' });

  // A page restored from the cache fires no load event.
  await page.goBack({ waitUntil: 'commit' });
  // The page as it was left, from the cache, not loaded again.
  await expect.poll(() => page.evaluate(() => (window as { left?: boolean }).left)).toBe(true);
  await expect.poll(() => theme(page)).toEqual({ attribute: 'dark', stored: 'dark', pressed: 'true', paper: 'dark' });
  await browser.close();
});
