import { expect, test } from '@playwright/test';
import { readContent } from '../support/content.ts';

const sections = readContent();

test('opening any question’s anchor marks that question in “On this page”, the last ones of a page too', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const section of sections) {
    for (const question of section.questions) {
      await page.goto(`/${section.id}/#${question.id}`);
      await expect(page.locator('.toc a[aria-current="location"]'), `#${question.id}`).toHaveAttribute('href', `#${question.id}`);
    }
  }
});

test('below 1280 px the “On this page” bar names the question opened by its anchor', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  for (const section of sections) {
    for (const question of section.questions) {
      await page.goto(`/${section.id}/#${question.id}`);
      await expect(page.locator('.toc-bar [data-toc-current]'), `#${question.id}`).toHaveText(question.text);
    }
  }
});

test('scrolling marks the question being read', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const section = sections.find((s) => s.questions.length > 4)!;
  await page.goto(`/${section.id}/`);
  const current = page.locator('.toc a[aria-current="location"]');
  await expect(current).toHaveAttribute('href', `#${section.questions[0]!.id}`);
  for (const question of [section.questions[2]!, section.questions[1]!]) {
    // Bring the heading to where an opened anchor puts it, as a reader scrolling there would.
    await page.locator(`[id="${question.id}"]`).evaluate((heading) => {
      const stuck = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
      scrollBy(0, heading.getBoundingClientRect().top - stuck);
    });
    await expect(current).toHaveAttribute('href', `#${question.id}`);
  }
});

test('“On this page” is beside the content from 1280 px and a bar above it below', async ({ page }) => {
  const section = sections[0]!;
  for (const [width, beside] of [[1920, true], [1280, true], [1279, false], [768, false], [320, false]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/${section.id}/`);
    const list = page.getByRole('navigation', { name: 'On this page' }).getByRole('list');
    await expect(list, `${width} px`).toBeVisible({ visible: beside });
    await expect(page.locator('.toc-bar summary'), `${width} px`).toBeVisible({ visible: !beside });
    const box = await page.locator('.toc-bar').boundingBox();
    const main = await page.locator('main .question').first().boundingBox();
    if (beside) expect(box!.x, `beside the answers at ${width} px`).toBeGreaterThanOrEqual(main!.x + main!.width);
    else expect(box!.y + box!.height, `above the answers at ${width} px`).toBeLessThanOrEqual(main!.y);
  }
});

test('the bar opens into the list by pointer or keyboard, and closes on a choice', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const section = sections.find((s) => s.questions.length > 4)!;
  const target = section.questions[3]!;
  await page.goto(`/${section.id}/`);
  const bar = page.getByRole('navigation', { name: 'On this page' });
  const opener = bar.locator('summary');
  const list = bar.getByRole('list');
  await expect(list).toBeHidden();
  await opener.click();
  await expect(list.getByRole('link')).toHaveText(section.questions.map((q) => q.text));
  await list.getByRole('link', { name: target.text }).click();
  await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
  await expect(list).toBeHidden();
  await expect(bar.locator('[data-toc-current]')).toHaveText(target.text);

  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(list.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect(opener).toBeFocused();
});
