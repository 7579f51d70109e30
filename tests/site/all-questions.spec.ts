import { expect, test } from '@playwright/test';
import { fixtureFaq, fixtureQuestions } from '../support/fixture-faq.ts';
import { expectQuestionInView } from '../support/in-view.ts';

const { sections } = fixtureFaq;

test('/all/ shows every question and answer, section by section, in reading order', async ({ page }) => {
  await page.goto('/all/');
  await expect(page.locator('h1')).toHaveText('All questions');
  await expect(page.locator('main h2.section-heading')).toHaveText(sections.map((s) => s.title));
  await expect(page.locator('main .question-heading')).toHaveText(fixtureQuestions.map((q) => q.text));
  const ids = await page.locator('main .question-heading').evaluateAll((all) => all.map((h) => h.id));
  expect(ids).toEqual(fixtureQuestions.map((q) => q.id));
  await expect(page.locator('[aria-labelledby="time-sync"] .answer')).toContainText(
    'Every node runs chrony, which takes its time from the host',
  );
  await expect(page.locator('[aria-labelledby="system-pools"] .answer [role="note"]')).toContainText(
    'A cluster needs at least one system node pool at all times',
  );
});

test('every id on /all/ is unique, and a question lands there by its anchor', async ({ page }) => {
  await page.goto('/all/');
  const ids = await page.locator('[id]').evaluateAll((all) => all.map((el) => el.id));
  expect(
    ids.filter((id, i) => ids.indexOf(id) !== i),
    'duplicate ids',
  ).toEqual([]);
  for (const question of [fixtureQuestions[0]!, fixtureQuestions[4]!, fixtureQuestions[6]!]) {
    await page.goto(`/all/#${question.id}`);
    await expectQuestionInView(page, question.id);
    await expect(page.locator('.toc a[aria-current="location"]'), question.id).toHaveText(
      sections.find((s) => s.id === question.section)!.title,
    );
  }
});

test('search and the anchor map still send readers to the section pages', async ({ page, request }) => {
  const anchors = (await (await request.get('/anchors.json')).json()) as Record<string, string>;
  expect(anchors['old-name']).toBe('/alpha/#renamed');
  // Only a replaced section's heading on this page leads to this page (to its successor's heading).
  expect(Object.entries(anchors).filter(([, path]) => path.startsWith('/all/'))).toEqual([
    ['section-pools', '/all/#section-beta'],
  ]);

  await page.goto('/all/');
  await page.keyboard.press('/');
  await page.keyboard.type('upgrade');
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toHaveAttribute('aria-busy', 'false');
  const links = await options.evaluateAll((all) =>
    all.map((option) => (option as HTMLAnchorElement).pathname + (option as HTMLAnchorElement).hash),
  );
  expect(links.toSorted()).toEqual(['/alpha/#upgrade-cluster', '/beta/#node-pool-upgrades']);
});

test('the home page, the navigation and the footer lead to /all/', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main').getByRole('link', { name: 'Read them all on one page' })).toHaveAttribute(
    'href',
    '/all/',
  );
  await expect(page.locator('footer').getByRole('link', { name: 'All questions on one page' })).toHaveAttribute(
    'href',
    '/all/',
  );
  await page.locator('#section-nav').getByRole('link', { name: 'All questions on one page' }).click();
  await expect(page).toHaveURL('/all/');
  await expect(page.locator('#section-nav').getByRole('link', { name: 'All questions on one page' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});
