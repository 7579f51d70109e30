import { expect, test } from '@playwright/test';
import { learnStyleSlugs } from '../../src/urls/learn-anchors.ts';
import { aksFaqOnly, aksQuestions, aksSections } from '../support/aks-faq.ts';
import { expectQuestionInView } from '../support/in-view.ts';

// Readers reach an AKS question by its permalink, its section anchor and the anchors Microsoft Learn gave it:
// every one of the 47 must land, on a desktop and on a phone. One test per question.
aksFaqOnly();

test('the AKS FAQ has its 47 questions in 7 sections, from the SLA to provisioning failures', () => {
  expect(aksSections.map((section) => section.id)).toEqual([
    'support',
    'operations',
    'quotas-and-regions',
    'security',
    'networking',
    'add-ons',
    'troubleshooting',
  ]);
  expect(aksQuestions).toHaveLength(47);
  expect([aksQuestions[0]!.id, aksQuestions.at(-1)!.id]).toEqual(['sla', 'provisioning-failures']);
});

test('the anchor map sends both of Learn’s anchors of every question to it, from any page', async ({ request }) => {
  const anchors = (await (await request.get('/anchors.json')).json()) as Record<string, string>;
  const missing = aksQuestions.flatMap((question) =>
    learnStyleSlugs(question.text)
      .filter((slug) => slug !== question.id && anchors[slug] !== `/${question.section}/#${question.id}`)
      .map((slug) => `${slug} -> ${anchors[slug]}`),
  );
  expect(missing).toEqual([]);
});

for (const question of aksQuestions) {
  test(`${question.id} lands by its permalink, its anchor on a desktop and a phone, and Learn's anchor`, async ({
    page,
  }) => {
    const anchor = `/${question.section}/#${question.id}`;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/q/${question.id}/`);
    await expect(page).toHaveURL(anchor);
    await expectQuestionInView(page, question.id);
    expect(await page.locator(`[id="${question.id}"]`).evaluate((heading) => heading.matches(':target'))).toBe(true);
    await expect(page.locator('.toc a[aria-current="location"]')).toHaveAttribute('href', `#${question.id}`);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(anchor);
    await expectQuestionInView(page, question.id);
    await expect(page.locator('.toc-bar [data-toc-current]')).toHaveText(question.text);

    const [older] = learnStyleSlugs(question.text);
    await page.goto(`/#${older}`);
    await expect(page).toHaveURL(anchor);
    await expectQuestionInView(page, question.id);
  });
}
