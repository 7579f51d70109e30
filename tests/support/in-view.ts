import { expect, type Page } from '@playwright/test';

/** Asserts the element is on screen and not hidden under the sticky header. */
export async function expectBelowHeader(page: Page, selector: string) {
  await expect(page.locator(selector)).toBeVisible();
  const box = await page.evaluate((sel) => {
    const header = document.querySelector('header')!.getBoundingClientRect();
    const target = document.querySelector(sel)!.getBoundingClientRect();
    return { headerBottom: header.bottom, top: target.top, viewport: innerHeight };
  }, selector);
  expect(box.top, `${selector} top edge must be below the header`).toBeGreaterThanOrEqual(box.headerBottom);
  expect(box.top, `${selector} must be in the window`).toBeLessThan(box.viewport / 2);
}
