import { expect, test } from '@playwright/test';
import { readContent } from '../support/content.ts';

const sections = readContent();
const sidebar = '.toc:not(.toc-bar .toc)';

test('opening any question’s anchor marks that question in “On this page”, the last ones of a page too', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const section of sections) {
    for (const question of section.questions) {
      await page.goto(`/${section.id}/#${question.id}`);
      await expect(page.locator(`${sidebar} a[aria-current="location"]`), `#${question.id}`).toHaveAttribute('href', `#${question.id}`);
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
  const current = page.locator(`${sidebar} a[aria-current="location"]`);
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
  for (const [width, sideVisible] of [[1280, true], [1279, false], [768, false], [320, false]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/${section.id}/`);
    await expect(page.locator(sidebar), `${width} px`).toBeVisible({ visible: sideVisible });
    await expect(page.locator('.toc-bar'), `${width} px`).toBeVisible({ visible: !sideVisible });
  }
});

test('the bar opens into the list, and closes on a choice or on Escape', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const section = sections.find((s) => s.questions.length > 4)!;
  const target = section.questions[3]!;
  await page.goto(`/${section.id}/`);
  const bar = page.locator('.toc-bar');
  const opener = bar.locator('summary');
  await opener.click();
  const list = bar.getByRole('navigation', { name: 'On this page' });
  await expect(list.getByRole('link')).toHaveText(section.questions.map((q) => q.text));
  await list.getByRole('link', { name: target.text }).click();
  await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
  await expect(list).toBeHidden();
  await expect(bar.locator('[data-toc-current]')).toHaveText(target.text);

  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(opener).toBeFocused();
});
