import { expect, test } from '@playwright/test';
import { readContent } from '../support/content.ts';

const sections = readContent();
test.use({ javaScriptEnabled: false });

test('every section reads fully without JavaScript', async ({ page }) => {
  for (const section of sections) {
    await page.goto(`/${section.id}/`);
    await expect(page.locator('main h2.question-heading')).toHaveCount(section.questions.length);
    for (const answer of await page.locator('.answer').all()) {
      await expect(answer).toBeVisible();
      expect((await answer.innerText()).trim().length).toBeGreaterThan(10);
    }
    // Controls that need JavaScript are not offered without it.
    await expect(page.locator('#theme-toggle')).toBeHidden();
    await expect(page.locator('button[data-copy-url]').first()).toBeHidden();
  }
});

test('the phone navigation opens without JavaScript', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Sections' }).click();
  await expect(page.locator('#section-nav')).toBeVisible();
  await expect(page.locator('#section-nav ul a')).toHaveCount(sections.length);
  await expect(page.locator('#section-nav').getByRole('link', { name: 'All questions on one page' })).toBeVisible();
});

test('“On this page” opens and leads to a question without JavaScript on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const section = sections.find((s) => s.questions.length > 2)!;
  await page.goto(`/${section.id}/`);
  await page.locator('.toc-bar summary').click();
  const list = page.getByRole('navigation', { name: 'On this page' }).getByRole('list');
  await expect(list.getByRole('link')).toHaveText(section.questions.map((q) => q.text));
  await list.getByRole('link', { name: section.questions[2]!.text }).click();
  await expect(page).toHaveURL(new RegExp(`#${section.questions[2]!.id}$`));
});
