import { expect, test } from '@playwright/test';
import { learnStyleSlugs } from '../../src/urls/learn-anchors.ts';
import { aksFaqOnly, aksQuestions, aksSections } from '../support/aks-faq.ts';
import { expectQuestionInView } from '../support/in-view.ts';

// Readers reach an AKS question by its permalink, its section anchor and the anchors Microsoft Learn gave it:
// every one of the 53 must land, on a desktop and on a phone. One test per section, one step per question, and a
// failed check lets the others run (expect.soft), so the report names every question that does not land. Learn's
// anchors land through the anchor map, on the same fresh load of the section page at the anchor as a permalink:
// the map is checked for every question, and the landing by it once.
aksFaqOnly();

test('the AKS FAQ has its 53 questions in 8 sections, from the SLA to deprecated Windows versions', () => {
  expect(aksSections.map((section) => section.id)).toEqual([
    'support',
    'operations',
    'quotas-and-regions',
    'security',
    'networking',
    'add-ons',
    'troubleshooting',
    'retirements-deprecations',
  ]);
  expect(aksQuestions).toHaveLength(53);
  expect([aksQuestions[0]!.id, aksQuestions.at(-1)!.id]).toEqual(['sla', 'windows-os-versions']);
});

test('the anchor map sends both of Learn’s anchors of every wording of every question to it, from any page', async ({
  request,
}) => {
  const anchors = (await (await request.get('/anchors.json')).json()) as Record<string, string>;
  expect(aksQuestions.filter((question) => question.formerly.length > 0)).toHaveLength(22);
  const missing = aksQuestions.flatMap((question) =>
    [question.text, ...question.formerly]
      .flatMap(learnStyleSlugs)
      .filter((slug) => slug !== question.id && anchors[slug] !== `/${question.section}/#${question.id}`)
      .map((slug) => `${slug} -> ${anchors[slug]}`),
  );
  expect(missing).toEqual([]);
});

test('a question lands from the home page by the anchor Microsoft Learn gave it', async ({ page }) => {
  const question = aksQuestions[1]!;
  const [older] = learnStyleSlugs(question.text);
  await page.goto(`/#${older}`);
  await expect(page).toHaveURL(`/${question.section}/#${question.id}`);
  await expectQuestionInView(page, question.id);
});

for (const section of aksSections) {
  test(`the ${section.questions.length} questions of /${section.id}/ land by their permalinks on a desktop, and by their anchors on a phone`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + section.questions.length * 3_000);
    // A fresh load of the section page for each permalink, in a desktop window.
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const question of section.questions) {
      await test.step(`/q/${question.id}/ on a desktop`, async () => {
        await page.goto(`/q/${question.id}/`);
        await expect.soft(page).toHaveURL(`/${section.id}/#${question.id}`);
        await expectQuestionInView(page, question.id, { soft: true });
        const target = await page.evaluate((id) => document.getElementById(id)?.matches(':target'), question.id);
        expect.soft(target, `#${question.id} is the target`).toBe(true);
        await expect.soft(page.locator('.toc a[aria-current="location"]')).toHaveAttribute('href', `#${question.id}`);
      });
    }
    // Then, in a phone's window, each anchor as a reader follows it from the page's own list.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const question of section.questions) {
      await test.step(`#${question.id} on a phone`, async () => {
        await page.goto(`/${section.id}/#${question.id}`);
        await expectQuestionInView(page, question.id, { soft: true });
        await expect.soft(page.locator('.toc-bar [data-toc-current]')).toHaveText(question.text);
      });
    }
  });
}

test('the question moved from Support to Operations lands from its old place, with and without JavaScript', async ({
  page,
  browser,
}) => {
  await page.goto('/support/#windows-containers');
  await expect(page).toHaveURL('/operations/#windows-containers');
  await expectQuestionInView(page, 'windows-containers');

  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL! });
  const still = await context.newPage();
  await still.goto('/support/#windows-containers');
  const pointer = still.locator('[data-departed]', { has: still.locator(':target') });
  await expect(pointer).toBeInViewport();
  await expect(pointer.getByRole('link', { name: 'Can I run Windows Server containers on AKS?' })).toHaveAttribute(
    'href',
    '/operations/#windows-containers',
  );
  await context.close();
});
