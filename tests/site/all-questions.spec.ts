import { expect, test } from '@playwright/test';
import { readContent } from '../support/content.ts';
import { expectQuestionInView } from '../support/in-view.ts';

const sections = readContent();
const questions = sections.flatMap((section) => section.questions.map((question) => ({ ...question, section })));

test('/all/ shows every question and answer, section by section, in reading order', async ({ page }) => {
  await page.goto('/all/');
  await expect(page.locator('h1')).toHaveText('All questions');
  await expect(page.locator('main h2.section-heading')).toHaveText(sections.map((s) => s.title));
  await expect(page.locator('main .question-heading')).toHaveText(questions.map((q) => q.text));
  const ids = await page.locator('main .question-heading').evaluateAll((all) => all.map((h) => h.id));
  expect(ids).toEqual(questions.map((q) => q.id));
  for (const answer of await page.locator('.answer').all()) expect((await answer.innerText()).trim().length).toBeGreaterThan(10);
});

test('every id on /all/ is unique, and every question lands there by its anchor', async ({ page }) => {
  await page.goto('/all/');
  const ids = await page.locator('[id]').evaluateAll((all) => all.map((el) => el.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate ids').toEqual([]);
  for (const question of [questions[0]!, questions[Math.floor(questions.length / 2)]!, questions.at(-1)!]) {
    await page.goto(`/all/#${question.id}`);
    await expectQuestionInView(page, question.id);
    await expect(page.locator('.toc a[aria-current="location"]'), question.id).toHaveText(question.section.title);
  }
});

test('search and the anchor map still send readers to the section pages', async ({ page, request }) => {
  const anchors = (await (await request.get('/anchors.json')).json()) as Record<string, string>;
  expect(Object.values(anchors).filter((path) => path.startsWith('/all/'))).toEqual([]);

  await page.goto('/all/');
  await page.keyboard.press('/');
  await page.keyboard.type('nsg');
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  const links = await options.evaluateAll((all) => all.map((option) => ({ path: (option as HTMLAnchorElement).pathname, hash: (option as HTMLAnchorElement).hash })));
  expect(links.length).toBeGreaterThan(0);
  for (const { path } of links) expect(sections.map((s) => `/${s.id}/`)).toContain(path);
  const questions = links.map(({ hash }) => hash);
  expect(new Set(questions).size, 'no question listed twice').toBe(questions.length);
});

test('the home page, the navigation and the footer lead to /all/', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main').getByRole('link', { name: 'Read them all on one page' })).toHaveAttribute('href', '/all/');
  await expect(page.locator('footer').getByRole('link', { name: 'All questions on one page' })).toHaveAttribute('href', '/all/');
  await page.locator('#section-nav').getByRole('link', { name: 'All questions on one page' }).click();
  await expect(page).toHaveURL('/all/');
  await expect(page.locator('#section-nav').getByRole('link', { name: 'All questions on one page' })).toHaveAttribute('aria-current', 'page');
});
