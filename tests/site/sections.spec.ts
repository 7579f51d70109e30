import { expect, test } from '@playwright/test';
import { fixtureFaq, fixtureQuestions } from '../support/fixture-faq.ts';

const { sections } = fixtureFaq;

test('the home page indexes every question of every section, in order', async ({ page }) => {
  await page.goto('/');
  const links = await page
    .locator('.faq-index li a')
    .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent?.trim()]));
  expect(links).toEqual(fixtureQuestions.map((q) => [`/${q.section}/#${q.id}`, q.text]));
});

for (const [i, section] of sections.entries()) {
  test(`/${section.id}/ shows its questions in order, marks itself in the navigation and links its neighbours`, async ({
    page,
  }) => {
    await page.goto(`/${section.id}/`);
    await expect(page.locator('h1')).toHaveText(section.title);
    await expect(page.locator('main h2.question-heading')).toHaveText(section.questions.map((q) => q.text));
    const ids = await page.locator('main h2.question-heading').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids).toEqual(section.questions.map((q) => q.id));
    await expect(page.locator('#section-nav a[aria-current="page"]')).toHaveText(section.title);
    const previous = sections[i - 1];
    const next = sections[i + 1];
    await expect(page.locator('a[rel="prev"]')).toHaveCount(previous ? 1 : 0);
    await expect(page.locator('a[rel="next"]')).toHaveCount(next ? 1 : 0);
    if (previous) await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/${previous.id}/`);
    if (next) await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', `/${next.id}/`);
  });
}

test('every link of the home index opens a page that has the target question', async ({ page, request }) => {
  await page.goto('/');
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThanOrEqual(fixtureQuestions.length);
  const pages = new Map<string, string>();
  for (const href of hrefs) {
    const [path = '/', hash] = href.split('#');
    if (!pages.has(path)) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      pages.set(path, await response.text());
    }
    if (hash) expect(pages.get(path), href).toContain(`id="${hash}"`);
  }
});

test('every page credits the source and its licence from site.json', async ({ page }) => {
  for (const path of ['/', '/alpha/', '/all/', '/no-such-page/']) {
    await page.goto(path);
    const footer = page.locator('footer').last();
    await expect(footer.getByRole('link', { name: "The fixture's source" }), path).toHaveAttribute(
      'href',
      'https://docs.example.org/faq',
    );
    await expect(footer.getByRole('link', { name: 'CC BY 4.0' }), path).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );
    await expect(footer, path).toContainText('by Example Docs');
  }
});

test('an address typed without its trailing slash opens its page; an unknown one gets the 404 page', async ({
  page,
}) => {
  const [section] = sections;
  const response = await page.goto(`/${section!.id}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(section!.title);
  expect((await page.goto('/no-such-page'))?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('an unknown address gets the 404 page with the full index', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('.faq-index li a')).toHaveText(fixtureQuestions.map((q) => q.text));
});
