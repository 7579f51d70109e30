import { expect, test } from '@playwright/test';
import { expectQuestionInView } from '../support/in-view.ts';

test('a permalink lands on its question, and keeps the ?highlight= query', async ({ page }) => {
  await page.goto('/q/scale-to-zero/');
  await expect(page).toHaveURL('/alpha/#scale-to-zero');
  await expectQuestionInView(page, 'scale-to-zero');
  await page.goto('/q/node-pool-upgrades/?highlight=cluster');
  await expect(page).toHaveURL('/beta/?highlight=cluster#node-pool-upgrades');
  await expect(page.locator('[data-question="node-pool-upgrades"] mark.pagefind-highlight').first()).toHaveText(
    'cluster',
  );
});

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

test('a link to a former id or a Learn-style anchor leaves the focus on the question’s heading, as one to its id does', async ({
  page,
}) => {
  for (const [path, id] of [
    ['/alpha/#old-name', 'renamed'],
    ['/alpha/#how-do-nodes-keep-their-clocks-in-sync', 'time-sync'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator(`[id="${id}"]`), path).toBeFocused();
    await expectQuestionInView(page, id);
  }
  // Followed on the page, without a load; the next Tab goes on from the question, to its own link.
  await page.evaluate(() => (location.hash = 'old-name'));
  await expect(page.locator('#renamed')).toBeFocused();
  await expectQuestionInView(page, 'renamed');
  await page.keyboard.press('Tab');
  await expect(
    page.locator('[data-question="renamed"]').getByRole('link', { name: 'Link to this question' }),
  ).toBeFocused();
});

test('a moved question lands from its old section URL', async ({ page }) => {
  await page.goto('/alpha/#moved');
  await expect(page).toHaveURL('/beta/#moved');
  await expectQuestionInView(page, 'moved');
});

test('Learn-style anchors, in both of Learn’s styles, land from the question’s own section, another section and the home page', async ({
  page,
}) => {
  // On its own page the anchor is the question's; elsewhere the anchor map sends the reader on.
  for (const [path, landing, id] of [
    ['/alpha/#how-do-nodes-keep-their-clocks-in-sync', '/alpha/#how-do-nodes-keep-their-clocks-in-sync', 'time-sync'],
    ['/beta/#how-do-nodes-keep-their-clocks-in-sync-', '/alpha/#time-sync', 'time-sync'],
    ['/#can-i-resize-the-disks-of-a-node-pool-', '/beta/#moved', 'moved'],
    ['/gamma/#can-i-resize-the-disks-of-a-node-pool', '/beta/#moved', 'moved'],
  ] as const) {
    await page.goto(path);
    await expect(page, path).toHaveURL(landing);
    await expectQuestionInView(page, id);
  }
});

test('an earlier wording of a question lands by its Learn-style anchor, from any page', async ({ page }) => {
  for (const path of ['/#how-can-a-pod-reach-the-api-server-', '/beta/#how-can-a-pod-reach-the-api-server']) {
    await page.goto(path);
    await expect(page, path).toHaveURL('/alpha/#reworded');
    await expectQuestionInView(page, 'reworded');
  }
});

test('a retired id serves its removal page with links to its section and search', async ({ page }) => {
  const response = await page.goto('/q/gone/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('This question was removed');
  await expect(page.getByText('Node pools can no longer be frozen')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Alpha' }).last()).toHaveAttribute('href', '/alpha/');
  await expect(page.getByRole('link', { name: /Search for/ })).toHaveAttribute('href', '/search/?q=gone');
  for (const path of ['/beta/#gone', '/alpha/#gone']) {
    await page.goto(path);
    await expect(page, path).toHaveURL('/q/gone/');
  }
});

test('a retired section’s address sends readers to the section in its place, keeping the query and fragment', async ({
  page,
}) => {
  await page.goto('/pools/');
  await expect(page).toHaveURL('/beta/');
  await page.goto('/pools/?highlight=disks#moved');
  await expect(page).toHaveURL('/beta/?highlight=disks#moved');
  await expectQuestionInView(page, 'moved');
  // A question that was never in the section it was sent to is found by the anchor map there.
  await page.goto('/pools/#time-sync');
  await expect(page).toHaveURL('/alpha/#time-sync');
  await expectQuestionInView(page, 'time-sync');
  // Its heading in the index and on the page of all questions leads to the heading of the section in its place.
  await page.goto('/#index-pools');
  await expect(page).toHaveURL('/#index-beta');
  await expect(page.locator('#index-beta')).toBeInViewport();
  await page.goto('/all/#section-pools');
  await expect(page).toHaveURL('/all/#section-beta');
  await expect(page.locator('#section-beta')).toBeInViewport();
});

test('a retired section without one in its place serves a removal page; its questions’ links still land', async ({
  page,
}) => {
  const response = await page.goto('/freezing/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('This section was removed');
  await expect(page.getByText('Node pools can no longer be frozen.')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.getByRole('main').getByRole('link', { name: 'Gamma' })).toHaveAttribute('href', '/gamma/');
  await expect(page.getByRole('link', { name: /Search for/ })).toHaveAttribute('href', '/search/?q=freezing');
  await page.goto('/freezing/#scale-to-zero');
  await expect(page).toHaveURL('/alpha/#scale-to-zero');
  await expectQuestionInView(page, 'scale-to-zero');
});

test('a fragment that matches nothing leaves the reader in place with a notice and a search link', async ({ page }) => {
  await page.goto('/beta/#no-such-question');
  const notice = page.locator('#anchor-notice');
  await expect(notice).toContainText('No question matches the link “#no-such-question”');
  await expect(notice.getByRole('link')).toHaveAttribute('href', '/search/?q=no%20such%20question');
  await expect(page).toHaveURL('/beta/#no-such-question');
  // Below 1280 px, under the "On this page" bar stuck under the header, not beneath it.
  await page.setViewportSize({ width: 360, height: 700 });
  await page.reload();
  const [box, bar] = [await notice.boundingBox(), await page.locator('.toc-bar').boundingBox()];
  expect(box!.y, 'the notice starts below the bar').toBeGreaterThanOrEqual(bar!.y + bar!.height);

  // A fragment typed with a bare % is not percent-encoding: it is read as written, and nothing throws.
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto('/beta/?highlight=node#50%off');
  await expect(notice).toContainText('No question matches the link “#50%off”');
  expect(errors).toEqual([]);

  // A name every object has is no anchor of the map either.
  await page.goto('/beta/#constructor');
  await expect(notice).toContainText('No question matches the link “#constructor”');
  await expect(page).toHaveURL('/beta/#constructor');

  // It is not printed, and it lasts only while the fragment does: another that matches nothing names itself.
  await page.emulateMedia({ media: 'print' });
  await expect(notice).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => (location.hash = 'still-nothing'));
  await expect(notice).toContainText('No question matches the link “#still-nothing”');
  await page.evaluate(() => (location.hash = 'node-pool-upgrades'));
  await expect(notice).toHaveCount(0);
});

test('a link pasted with a sentence’s punctuation after it, or in capitals, still lands on its question', async ({
  page,
}) => {
  for (const [path, landing, id] of [
    ['/beta/#node-pool-upgrades).', '/beta/#node-pool-upgrades', 'node-pool-upgrades'],
    ['/beta/#Node-Pool-Upgrades', '/beta/#node-pool-upgrades', 'node-pool-upgrades'],
    ['/beta/?highlight=pool#node-pool-upgrades%20', '/beta/?highlight=pool#node-pool-upgrades', 'node-pool-upgrades'],
    ['/beta/#Old-Name,', '/alpha/#renamed', 'renamed'],
  ] as const) {
    await page.goto(path);
    await expect(page, path).toHaveURL(landing);
    await expectQuestionInView(page, id);
    await expect(page.locator('#anchor-notice'), path).toHaveCount(0);
  }
  // What still matches nothing is searched for without the punctuation, and the notice is announced.
  await page.goto('/beta/#no-such-question).');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('No question matches the link “#no-such-question).”');
  await expect(notice.getByRole('link')).toHaveAttribute('href', '/search/?q=no%20such%20question');
});

test('an unknown permalink gets the 404 page', async ({ page }) => {
  const response = await page.goto('/q/never-existed/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/q/ permalinks, old ids and alias anchors still land', async ({ page }) => {
    await page.goto('/q/upgrade-cluster/');
    await expect(page).toHaveURL('/alpha/#upgrade-cluster');
    await expectQuestionInView(page, 'upgrade-cluster');
    await page.goto('/q/old-name/');
    await expect(page).toHaveURL('/alpha/#renamed');
    await page.goto('/alpha/#old-name');
    await expectQuestionInView(page, 'renamed');
  });
});
