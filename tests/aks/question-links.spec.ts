import { expect, test } from '@playwright/test';
import { readContent } from '../support/content.ts';
import { expectQuestionInView } from '../support/in-view.ts';

const questions = readContent().flatMap((s) => s.questions.map((q) => ({ ...q, section: s.id })));

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`every question anchor lands in view below the header at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const question of questions) {
      await page.goto(`/${question.section}/#${question.id}`);
      await expectQuestionInView(page, question.id);
      expect(await page.locator(`[id="${question.id}"]`).evaluate((h) => h.matches(':target'))).toBe(true);
    }
  });
}
