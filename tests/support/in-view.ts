import { expect, type Page } from '@playwright/test';

/** Asserts a question's heading is on screen and not hidden under the sticky header (retrying while the page settles). */
export async function expectQuestionInView(page: Page, questionId: string) {
  const heading = page.locator(`h2[id="${questionId}"]`);
  await expect(heading).toBeVisible();
  await expect(async () => {
    const box = await heading.evaluate((h) => ({
      headerBottom: document.querySelector('header')!.getBoundingClientRect().bottom,
      top: h.getBoundingClientRect().top,
      viewport: innerHeight,
    }));
    expect(box.top, `#${questionId} must be below the header`).toBeGreaterThanOrEqual(box.headerBottom);
    expect(box.top, `#${questionId} must be in the upper half of the window`).toBeLessThan(box.viewport / 2);
  }).toPass({ timeout: 5_000 });
}
