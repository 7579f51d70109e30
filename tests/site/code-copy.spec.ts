import { expect, test } from '@playwright/test';
import { alphaCodeBlocks } from '../support/fixture-faq.ts';

test('every code block has a copy button that copies exactly its code and says so for two seconds', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The page's clock runs only when the test says: the outcome's two seconds never elapse while it looks.
  await page.clock.install();
  await page.goto('/alpha/');
  const buttons = page.getByRole('button', { name: 'Copy code' });
  await expect(buttons).toHaveCount(alphaCodeBlocks.length);
  for (const [i, code] of alphaCodeBlocks.entries()) {
    await buttons.nth(i).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await expect(page.locator('.code-block').nth(i).getByText('Copied', { exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Code copied' })).toHaveCount(1);
    await page.clock.runFor(2000);
    await expect(page.locator('.code-block').nth(i).getByText('Copied', { exact: true })).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Code copied' })).toHaveCount(0);
  }

  // A second copy within the two seconds is announced for two seconds from its own click.
  const copiedIn = (i: number) => page.locator('.code-block').nth(i).getByText('Copied', { exact: true });
  await buttons.nth(0).click();
  await expect(copiedIn(0)).toBeVisible();
  await page.clock.runFor(1500);
  await buttons.nth(1).click();
  await expect(copiedIn(1)).toBeVisible();
  await page.clock.runFor(1000);
  await expect(copiedIn(0)).toBeHidden();
  await expect(copiedIn(1)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Code copied' })).toHaveCount(1);
  await page.clock.runFor(1000);
  await expect(page.getByRole('status').filter({ hasText: 'Code copied' })).toHaveCount(0);
});

test('the copy button is reached and pressed by keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install();
  await page.goto('/alpha/');
  await page.locator('.code-block pre').first().focus();
  await page.keyboard.press('Tab');
  const button = page.getByRole('button', { name: 'Copy code' }).first();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Code copied' })).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(alphaCodeBlocks[0]);
  await expect(button).toBeFocused();
});

test('the copy buttons cost a page with code no script of its own: they come with what every page runs', async ({
  page,
}) => {
  const scriptsOf = async (path: string) => {
    const fetched: string[] = [];
    const listener = (response: { request: () => { resourceType: () => string }; url: () => string }) => {
      if (response.request().resourceType() === 'script') fetched.push(new URL(response.url()).pathname);
    };
    page.on('response', listener);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    page.off('response', listener);
    return fetched.toSorted();
  };
  const withCode = await scriptsOf('/alpha/');
  expect(withCode).toHaveLength(1);
  for (const path of ['/beta/', '/gamma/', '/']) expect(await scriptsOf(path), path).toEqual(withCode);
  await expect(page.getByRole('button', { name: 'Copy code' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no copy button and the code can still be selected', async ({ page }) => {
    await page.goto('/alpha/');
    const pre = page.locator('.code-block pre').last();
    await expect(pre).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy code' })).toHaveCount(0);
    await pre.selectText();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(alphaCodeBlocks.at(-1));
  });
});

test('a copy button covers none of its code, not even a long line scrolled under it, on a desktop and a phone', async ({
  page,
}) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/alpha/');
    await expect(page.getByRole('button', { name: 'Copy code' })).toHaveCount(alphaCodeBlocks.length);
    const covered = await page.evaluate(() =>
      [...document.querySelectorAll('.code-block')].map((block) => {
        const button = block.querySelector('button')!.getBoundingClientRect();
        const pre = block.querySelector('pre')!;
        // The part of the block where code shows: its box inside the borders, where a long line scrolls.
        const left = pre.getBoundingClientRect().left + pre.clientLeft;
        const right = left + pre.clientWidth;
        const text = document.createRange();
        text.selectNodeContents(pre);
        return [...text.getClientRects()].some(
          (line) =>
            Math.min(line.right, right, button.right) > Math.max(line.left, left, button.left) &&
            line.bottom > button.top &&
            line.top < button.bottom,
        );
      }),
    );
    expect(covered, `${width} px`).toEqual(alphaCodeBlocks.map(() => false));
  }
});

test('in forced colours the copy button’s column is the code’s background, not a bar of text colour', async ({
  page,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ forcedColors: 'active', colorScheme });
    await page.goto('/alpha/');
    const columns = await page
      .locator('.code-block > pre')
      .evaluateAll((all) =>
        all.map((pre) => getComputedStyle(pre)).map((s) => [s.borderRightColor, s.backgroundColor]),
      );
    expect(columns.length).toBe(alphaCodeBlocks.length);
    for (const [column, background] of columns) expect(column, colorScheme).toBe(background);
  }
});
