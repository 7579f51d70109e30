import { expect, test } from '@playwright/test';
import { fixtureFaq } from '../support/fixture-faq.ts';

const { sections } = fixtureFaq;
test.use({ javaScriptEnabled: false });

for (const section of sections) {
  test(`/${section.id}/ reads fully without JavaScript, and offers no control that needs it`, async ({ page }) => {
    await page.goto(`/${section.id}/`);
    await expect(page.locator('main h2.question-heading')).toHaveText(section.questions.map((q) => q.text));
    for (const answer of await page.locator('.answer').all()) {
      await expect(answer).toBeVisible();
      expect((await answer.innerText()).trim().length).toBeGreaterThan(40);
    }
    await expect(page.locator('#theme-toggle')).toBeHidden();
    await expect(page.locator('button[data-copy-url]')).toHaveCount(section.questions.length);
    for (const button of await page.locator('button[data-copy-url]').all()) await expect(button).toBeHidden();
  });
}

// Search cannot run without JavaScript: no page may offer a form that leads to a page saying so.
test('no page offers a search box without JavaScript, and the header keeps its title and navigation', async ({
  page,
}) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    for (const path of ['/', '/beta/', '/all/', '/search/?q=node+pool', '/no-such-page/']) {
      await page.goto(path);
      const at = `${path} at ${width} px`;
      await expect(page.locator('header').getByRole('link', { name: fixtureFaq.title }), at).toBeVisible();
      await expect(page.getByRole('search'), at).toHaveCount(0);
      await expect(page.getByRole('searchbox'), at).toHaveCount(0);
    }
  }
});

test('the 404 page leads to every question on one page without JavaScript, and does not promise search', async ({
  page,
}) => {
  await page.goto('/q/node-pool-upgrade/');
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'every question on one page' })).toHaveAttribute('href', '/all/');
  await expect(page.locator('main')).not.toContainText(/search for it/i, { useInnerText: true });
  await expect(page.locator('.faq-index li a').first()).toBeVisible();
});

test('a shared link to /search/ says search needs JavaScript and leads to every question on one page', async ({
  page,
}) => {
  await page.goto('/search/?q=node+pool');
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: 'every question on one page' })).toHaveAttribute('href', '/all/');
  await expect(page.locator('main')).toContainText('Ctrl+F');
});

test('the phone navigation opens without JavaScript', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Sections' }).click();
  await expect(page.locator('#section-nav')).toBeVisible();
  await expect(page.locator('#section-nav ul a')).toHaveText(sections.map((s) => s.title));
  await expect(page.locator('#section-nav').getByRole('link', { name: 'All questions on one page' })).toBeVisible();
});

test('“On this page” opens and leads to a question without JavaScript on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const [alpha] = sections;
  await page.goto(`/${alpha.id}/`);
  await page.locator('.toc-bar summary').click();
  const list = page.getByRole('navigation', { name: 'On this page' }).getByRole('list');
  await expect(list.getByRole('link')).toHaveText(alpha.questions.map((q) => q.text));
  await list.getByRole('link', { name: alpha.questions[3].text }).click();
  await expect(page).toHaveURL(`/${alpha.id}/#${alpha.questions[3].id}`);
  // Nothing closes the list without JavaScript: it must not be left lying over the question it led to.
  const heading = page.locator(`#${alpha.questions[3].id}`);
  await expect(heading).toBeInViewport();
  const uncovered = await heading.evaluate((h) => {
    const { left, top, height } = h.getBoundingClientRect();
    return h.contains(document.elementFromPoint(left + 4, top + height / 2));
  });
  expect(uncovered, 'the question is not covered').toBe(true);
});

test('links made before a question moved, was reworded or was removed still land without JavaScript', async ({
  page,
}) => {
  // [address, what the fragment's element must be or lead to]
  for (const [path, leadsTo] of [
    ['/alpha/#moved', '/beta/#moved'],
    ['/alpha/#can-i-resize-the-disks-of-a-node-pool-', '/beta/#moved'],
    ['/alpha/#gone', '/q/gone/'],
  ] as const) {
    await page.goto(path);
    const target = page.locator(':target');
    await expect(target, path).toHaveCount(1);
    const pointer = page.locator('[data-departed]', { has: target });
    await expect(pointer, path).toBeInViewport();
    await expect(pointer.getByRole('link'), path).toHaveAttribute('href', leadsTo);
  }
  await page.goto('/alpha/#how-can-a-pod-reach-the-api-server-');
  await expect(page.locator('.question:has(:target) .question-heading')).toHaveAttribute('id', 'reworded');
  await expect(page.locator('[id="reworded"]')).toBeInViewport();
});

test('a retired section’s address sends readers to the section in its place without JavaScript', async ({ page }) => {
  await page.goto('/pools/');
  await expect(page).toHaveURL('/beta/');
  await expect(page.locator('h1')).toHaveText('Beta');
});
