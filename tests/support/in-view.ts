import { expect, type Page } from '@playwright/test';

/**
 * Asserts a question's heading is on screen and not hidden under what is stuck to the top (retrying while the page
 * settles). `soft` records a failure and goes on.
 */
export async function expectQuestionInView(page: Page, questionId: string, { soft = false } = {}) {
  const heading = page.locator(`[id="${questionId}"].question-heading`);
  const check = soft ? expect.soft : expect;
  await check(heading).toBeVisible();
  // A soft check goes on to the next question when there is no heading to measure.
  if (soft && !(await heading.isVisible())) return;
  await check(async () => {
    const box = await heading.evaluate((h) => {
      // The header, and below 80rem the "On this page" bar stuck under it.
      const stuck = [...document.querySelectorAll('header, .toc-bar summary')].filter((e) => e.checkVisibility());
      return {
        stuckBottom: Math.max(...stuck.map((e) => e.getBoundingClientRect().bottom)),
        top: h.getBoundingClientRect().top,
        viewport: innerHeight,
      };
    });
    expect(box.top, `#${questionId} must be below the header`).toBeGreaterThanOrEqual(box.stuckBottom);
    expect(box.top, `#${questionId} must be in the upper half of the window`).toBeLessThan(box.viewport / 2);
  }).toPass({ timeout: 10_000 });
}
