import { expect, test } from '@playwright/test';
import { readContent, readSiteSettings } from '../support/content.ts';

const [first, second] = readContent();
const siteUrl = readSiteSettings().url;

test('the theme toggle switches theme and the choice persists across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`/${first!.id}/`);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background()).not.toBe(light);
  await page.goto(`/${second!.id}/`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background()).not.toBe(light);
});

test('the theme follows the system until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('the phone navigation opens and closes by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/${first!.id}/`);
  const nav = page.locator('#section-nav');
  await expect(nav).toBeHidden();
  const menu = page.getByRole('button', { name: 'Sections' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sections', expanded: true })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: first!.title })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
});

test('the copy button copies the question permalink and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/${first!.id}/`);
  const question = first!.questions[0]!;
  const block = page.locator(`[data-question="${question.id}"]`);
  await block.hover();
  await block.getByRole('button', { name: 'Copy link' }).click();
  await expect(block.getByText('Link copied')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${siteUrl}/q/${question.id}/`);
});

test('the permalink icon links to the question anchor', async ({ page }) => {
  await page.goto(`/${first!.id}/`);
  const question = first!.questions[1]!;
  await page.locator(`[data-question="${question.id}"]`).getByRole('link', { name: 'Link to this question' }).click();
  await expect(page).toHaveURL(new RegExp(`#${question.id}$`));
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 1024, height: 768 } });

  test('the # and “Copy link” controls show without hover, which touch cannot do', async ({ page }) => {
    await page.goto(`/${first!.id}/`);
    expect(await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches), 'the device is emulated as touch').toBe(false);
    const controls = page.locator('.question-head > div');
    const opacities = await controls.evaluateAll((all) => all.map((el) => getComputedStyle(el).opacity));
    expect(opacities).toEqual(first!.questions.map(() => '1'));
    await expect(page.getByRole('button', { name: 'Copy link' }).first()).toBeVisible();
  });
});

test('with a mouse the # and “Copy link” controls wait for hover or focus', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/${first!.id}/`);
  const block = page.locator(`[data-question="${first!.questions[1]!.id}"]`);
  const opacity = () => block.locator('.question-head > div').evaluate((el) => getComputedStyle(el).opacity);
  expect(await opacity()).toBe('0');
  await block.locator('.question-heading').hover();
  await expect.poll(opacity).toBe('1');
  await page.mouse.move(0, 0);
  await expect.poll(opacity).toBe('0');
  await block.getByRole('link', { name: 'Link to this question' }).focus();
  await expect.poll(opacity).toBe('1');
});
