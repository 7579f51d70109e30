import { expect, test } from '@playwright/test';
import { fixtureFaq } from '../support/fixture-faq.ts';

const [alpha] = fixtureFaq.sections;
/** How the page writes the `updated` days of section alpha's questions. */
const shown = ['March 14, 2026', 'January 25, 2026', 'February 2, 2026', 'February 10, 2026', 'January 20, 2026'];

test('every answer says when it was last updated, and links to edit it and to report a problem, filled in from site.json', async ({
  page,
}) => {
  await page.goto(`/${alpha.id}/`);
  for (const [i, question] of alpha.questions.entries()) {
    const meta = page.locator(`[data-question="${question.id}"] .question-meta`);
    await expect(meta.locator('time')).toHaveAttribute('datetime', question.updated);
    await expect(meta).toContainText(`Last updated ${shown[i]}`);
    await expect(meta.getByRole('link', { name: /^Edit this question/ })).toHaveAttribute(
      'href',
      `https://github.com/example/fixture-faq/edit/main/content/questions/${question.id}.md`,
    );
    const report = new URL((await meta.getByRole('link', { name: /^Report a problem/ }).getAttribute('href'))!);
    expect(`${report.origin}${report.pathname}`).toBe('https://github.com/example/fixture-faq/issues/new');
    expect(Object.fromEntries(report.searchParams)).toEqual({
      title: question.text,
      body: `About https://faq.example.org/q/${question.id}/`,
    });
  }
});

test('the edit link names the file as it is, .mdx included', async ({ page }) => {
  await page.goto('/beta/');
  await expect(
    page.locator('[data-question="system-pools"]').getByRole('link', { name: /^Edit this question/ }),
  ).toHaveAttribute('href', 'https://github.com/example/fixture-faq/edit/main/content/questions/system-pools.mdx');
});
