import { expect, test } from '@playwright/test';
import { aksFaqOnly, aksQuestions, aksSections } from '../support/aks-faq.ts';

// The AKS FAQ's questions are all on the site, in their sections and in the order their section files give.
aksFaqOnly();

test('the home page and the 404 page index all 53 questions, in order', async ({ page }) => {
  for (const path of ['/', '/no-such-page/']) {
    await page.goto(path);
    const links = await page
      .locator('.faq-index li a')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent?.trim()]));
    expect(links, path).toEqual(aksQuestions.map((q) => [`/${q.section}/#${q.id}`, q.text]));
  }
});

for (const section of aksSections) {
  test(`/${section.id}/ shows its ${section.questions.length} questions in order, each with its answer and FAQPage data`, async ({
    page,
  }) => {
    await page.goto(`/${section.id}/`);
    await expect(page.locator('h1')).toHaveText(section.title);
    await expect(page.locator('main h2.question-heading')).toHaveText(section.questions.map((q) => q.text));
    const ids = await page.locator('main h2.question-heading').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids).toEqual(section.questions.map((q) => q.id));
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) =>
        JSON.parse(text) as { '@type': string; mainEntity: { name: string; acceptedAnswer: { text: string } }[] },
    );
    const entities = blocks.find((block) => block['@type'] === 'FAQPage')!.mainEntity;
    expect(entities.map((entity) => entity.name)).toEqual(section.questions.map((q) => q.text));
    for (const [i, question] of section.questions.entries()) {
      const answer = (await page.locator(`[data-question="${question.id}"] .answer`).innerText())
        .replace(/\s+/g, ' ')
        .trim();
      expect(answer.length, question.id).toBeGreaterThan(40);
      expect(answer, question.id).toContain(entities[i]!.acceptedAnswer.text.slice(0, 40));
    }
  });
}

test('every page credits Microsoft Learn’s AKS FAQ and its CC BY 4.0 licence', async ({ page }) => {
  for (const path of ['/', '/support/', '/all/', '/no-such-page/']) {
    await page.goto(path);
    const footer = page.locator('footer').last();
    await expect(footer.getByRole('link', { name: 'AKS frequently asked questions' }), path).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/azure/aks/faq',
    );
    await expect(footer.getByRole('link', { name: 'CC BY 4.0' }), path).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );
  }
});

test('“Report a problem” opens the issue form of the answers’ source, prefilled; there is no edit link', async ({
  page,
}) => {
  const section = aksSections[1]!;
  await page.goto(`/${section.id}/`);
  for (const question of section.questions) {
    const block = page.locator(`[data-question="${question.id}"]`);
    const url = new URL((await block.getByRole('link', { name: /^Report a problem/ }).getAttribute('href'))!);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/MicrosoftDocs/azure-aks-docs/issues/new');
    expect(url.searchParams.get('template')).toBe('aks-customer-feedback.yml');
    expect(url.searchParams.get('title')).toBe(question.text);
    expect(url.searchParams.get('pageUrl')).toBe('https://learn.microsoft.com/azure/aks/faq');
    expect(url.searchParams.get('userfeedback')).toBe(`About https://aks-faq.example.org/q/${question.id}/\n\n`);
    await expect(block.getByRole('link', { name: /Edit this question/ })).toHaveCount(0);
  }
});
