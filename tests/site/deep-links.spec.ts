import { expect, test } from '@playwright/test';
import { learnStyleSlugs } from '../../src/lib/anchors.ts';
import { readContent } from '../support/content.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { expectQuestionInView } from '../support/in-view.ts';

const questions = readContent().flatMap((s) => s.questions.map((q) => ({ ...q, section: s.id })));

test.describe('on the real content', () => {
  test('every /q/<id>/ permalink lands on its question', async ({ page }) => {
    test.slow(); // 47 page loads, each through a redirect: more than the default 30 s on a loaded machine.
    for (const question of questions) {
      await page.goto(`/q/${question.id}/`);
      await expect(page).toHaveURL(`/${question.section}/#${question.id}`);
      await expectQuestionInView(page, question.id);
    }
  });

  for (const section of new Set(questions.map((q) => q.section))) {
    test(`Learn-style anchors of ${section} land from its own section, another section and the home page`, async ({ page }) => {
      const other = questions.find((q) => q.section !== section)!.section;
      for (const question of questions.filter((q) => q.section === section)) {
        const [older, current = older] = learnStyleSlugs(question.text);
        for (const path of [`/${section}/#${older}`, `/${other}/#${current}`, `/#${older}`]) {
          await page.goto(path);
          await expect(page, path).toHaveURL(new RegExp(`^[^#]*/${section}/#`));
          await expectQuestionInView(page, question.id);
        }
      }
    });
  }

  test('permalinks keep the ?highlight= query', async ({ page }) => {
    const question = questions[3]!;
    await page.goto(`/q/${question.id}/?highlight=cluster`);
    await expect(page).toHaveURL(`/${question.section}/?highlight=cluster#${question.id}`);
  });
});

test.describe('on the fixture site', () => {
  test.use({ baseURL: fixtureSite.url });

  test('a reworded question keeps its id and its links', async ({ page }) => {
    await page.goto('/q/reworded/');
    await expect(page).toHaveURL('/alpha/#reworded');
    await expect(page.locator('[id="reworded"]')).toHaveText('How do I reach the API server from a pod?');
  });

  test('a renamed question lands from its old id, by /q/ and by #', async ({ page }) => {
    await page.goto('/q/old-name/');
    await expect(page).toHaveURL('/alpha/#renamed');
    await expectQuestionInView(page, 'renamed');
    await page.goto('/alpha/#old-name');
    await expectQuestionInView(page, 'renamed');
  });

  test('a moved question lands from its old section URL', async ({ page }) => {
    await page.goto('/alpha/#moved');
    await expect(page).toHaveURL('/beta/#moved');
    await expectQuestionInView(page, 'moved');
  });

  test('a Learn-style slug lands from the home page', async ({ page }) => {
    await page.goto('/#can-i-resize-the-disks-of-a-node-pool-');
    await expect(page).toHaveURL('/beta/#moved');
    await expectQuestionInView(page, 'moved');
  });

  test('a retired id serves its removal page with links to its section and search', async ({ page }) => {
    const response = await page.goto('/q/gone/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('This question was removed');
    await expect(page.getByText('Node pools can no longer be frozen')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Alpha' }).last()).toHaveAttribute('href', '/alpha/');
    await expect(page.getByRole('link', { name: /Search for/ })).toHaveAttribute('href', '/search/?q=gone');
    await page.goto('/beta/#gone');
    await expect(page).toHaveURL('/q/gone/');
  });

  test('a fragment that matches nothing leaves the reader in place with a notice and a search link', async ({ page }) => {
    await page.goto('/beta/#no-such-question');
    const notice = page.locator('#anchor-notice');
    await expect(notice).toContainText('No question matches the link “#no-such-question”');
    await expect(notice.getByRole('link')).toHaveAttribute('href', '/search/?q=no%20such%20question');
    await expect(page).toHaveURL('/beta/#no-such-question');
  });

  test('an unknown permalink gets the 404 page', async ({ page }) => {
    const response = await page.goto('/q/never-existed/');
    expect(response?.status()).toBe(404);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/q/ permalinks and alias anchors still land', async ({ page }) => {
    const question = questions[10]!;
    await page.goto(`/q/${question.id}/`);
    await expect(page).toHaveURL(`/${question.section}/#${question.id}`);
    await expectQuestionInView(page, question.id);
  });

  test('an old id lands on its renamed question', async ({ page }) => {
    await page.goto(`${fixtureSite.url}/q/old-name/`);
    await expect(page).toHaveURL(`${fixtureSite.url}/alpha/#renamed`);
    await page.goto(`${fixtureSite.url}/alpha/#old-name`);
    await expectQuestionInView(page, 'renamed');
  });
});
