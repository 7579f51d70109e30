import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readContent, readSiteSettings } from '../support/content.ts';
import { fixtureSite } from '../support/fixture-site.ts';

const sections = readContent();
const site = readSiteSettings();

/** The day of the last commit of a question's file, asked of git one file at a time; for a file not committed yet, the day it was saved. */
function committedDay(id: string): string {
  const file = join('content/questions', readdirSync('content/questions').find((name) => name.replace(/\.mdx?$/, '') === id)!);
  const date = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim();
  return (date ? new Date(date) : statSync(file).mtime).toISOString().slice(0, 10);
}

for (const section of sections) {
  test(`/${section.id}/ dates every answer by its last commit, in the page and in its structured data`, async ({ page }) => {
    await page.goto(`/${section.id}/`);
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
    const faq = blocks.find((block) => block['@type'] === 'FAQPage') as { mainEntity: { dateModified: string }[] };
    for (const [i, question] of section.questions.entries()) {
      const day = committedDay(question.id);
      const time = page.locator(`[data-question="${question.id}"] .question-meta time`);
      await expect(time).toHaveAttribute('datetime', day);
      await expect(time).toHaveText(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(day)));
      await expect(page.locator(`[data-question="${question.id}"] .question-meta`)).toContainText('Last updated');
      expect(faq.mainEntity[i]!.dateModified.slice(0, 10)).toBe(day);
    }
  });
}

test('“Report a problem” opens the source’s issue form, prefilled with the question and its permalink', async ({ page }) => {
  const section = sections[1]!;
  await page.goto(`/${section.id}/`);
  for (const question of section.questions) {
    const block = page.locator(`[data-question="${question.id}"]`);
    const href = (await block.getByRole('link', { name: /^Report a problem/ }).getAttribute('href'))!;
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/MicrosoftDocs/azure-aks-docs/issues/new');
    expect(url.searchParams.get('template')).toBe('aks-customer-feedback.yml');
    expect(url.searchParams.get('title')).toBe(question.text);
    expect(url.searchParams.get('pageUrl')).toBe('https://learn.microsoft.com/azure/aks/faq');
    expect(url.searchParams.get('userfeedback')).toContain(`${site.url}/q/${question.id}/`);
    // The AKS content sets no edit template, so there is no edit link.
    await expect(block.getByRole('link', { name: /Edit this question/ })).toHaveCount(0);
  }
});

test.describe('on the fixture site', () => {
  test.use({ baseURL: fixtureSite.url });

  test('“Edit this question” opens the file in its repository, and the updated field dates the answer', async ({ page }) => {
    await page.goto('/alpha/');
    const question = page.locator('[data-question="reworded"]');
    await expect(question.getByRole('link', { name: /^Edit this question/ })).toHaveAttribute(
      'href',
      'https://github.com/example/fixture-faq/edit/main/content/questions/reworded.md',
    );
    await expect(question.locator('.question-meta time')).toHaveAttribute('datetime', '2026-03-14');
    await expect(question.locator('.question-meta time')).toHaveText('March 14, 2026');
    // No report template in the fixture's site.json: no report link.
    await expect(page.getByRole('link', { name: /Report a problem/ })).toHaveCount(0);
  });
});
