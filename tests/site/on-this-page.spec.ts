import { expect, test } from '@playwright/test';
import { fixtureFaq } from '../support/fixture-faq.ts';

const { sections } = fixtureFaq;
const [alpha, , gamma] = sections;

for (const section of sections) {
  test(`opening any question of /${section.id}/ by its anchor marks it in “On this page”, beside the page and in the bar`, async ({
    page,
  }) => {
    for (const [width, marked] of [
      [1440, '.toc a[aria-current="location"]'],
      [390, '.toc-bar [data-toc-current]'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      for (const question of section.questions) {
        await page.goto(`/${section.id}/#${question.id}`);
        if (width === 1440)
          await expect(page.locator(marked), `#${question.id} at ${width} px`).toHaveAttribute(
            'href',
            `#${question.id}`,
          );
        else await expect(page.locator(marked), `#${question.id} at ${width} px`).toHaveText(question.text);
      }
    }
  });
}

test('scrolling marks the question being read', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/${alpha.id}/`);
  const current = page.locator('.toc a[aria-current="location"]');
  await expect(current).toHaveAttribute('href', `#${alpha.questions[0].id}`);
  for (const question of [alpha.questions[2], alpha.questions[1]]) {
    // Bring the heading to where an opened anchor puts it, as a reader scrolling there would.
    await page.locator(`[id="${question.id}"]`).evaluate((heading) => {
      const stuck = parseFloat(getComputedStyle(heading).scrollMarginTop);
      scrollBy(0, heading.getBoundingClientRect().top - stuck);
    });
    await expect(current).toHaveAttribute('href', `#${question.id}`);
  }
});

test('“On this page” is beside the content from 1280 px and a bar above it below', async ({ page }) => {
  for (const [width, beside] of [
    [1920, true],
    [1280, true],
    [1279, false],
    [768, false],
    [320, false],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/${alpha.id}/`);
    const list = page.getByRole('navigation', { name: 'On this page' }).getByRole('list');
    await expect(list, `${width} px`).toBeVisible({ visible: beside });
    await expect(page.locator('.toc-bar summary'), `${width} px`).toBeVisible({ visible: !beside });
    const box = await page.locator('.toc-bar').boundingBox();
    const main = await page.locator('main .question').first().boundingBox();
    if (beside) expect(box!.x, `beside the answers at ${width} px`).toBeGreaterThanOrEqual(main!.x + main!.width);
    else expect(box!.y + box!.height, `above the answers at ${width} px`).toBeLessThanOrEqual(main!.y);
  }
});

test('the bar opens into the list by pointer or keyboard, and closes on a choice', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const target = alpha.questions[3];
  await page.goto(`/${alpha.id}/`);
  const bar = page.getByRole('navigation', { name: 'On this page' });
  const opener = bar.locator('summary');
  const list = bar.getByRole('list');
  await expect(list).toBeHidden();
  await opener.click();
  await expect(list.getByRole('link')).toHaveText(alpha.questions.map((q) => q.text));
  await list.getByRole('link', { name: target.text }).click();
  await expect(page).toHaveURL(`/${alpha.id}/#${target.id}`);
  await expect(list).toBeHidden();
  await expect(bar.locator('[data-toc-current]')).toHaveText(target.text);

  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(list.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect(opener).toBeFocused();

  // Esc, or a click outside it, closes it too.
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(opener).toBeFocused();
  await opener.click();
  await expect(list).toBeVisible();
  await page.mouse.click(200, 800);
  await expect(list).toBeHidden();

  // So does focus leaving it, which would go on under the list: past its last entry, or to the search box.
  await opener.focus();
  await page.keyboard.press('Enter');
  for (const _ of alpha.questions) await page.keyboard.press('Tab');
  await expect(list.getByRole('link').last()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(list).toBeHidden();
  await opener.click();
  await page.keyboard.press('/');
  await expect(list).toBeHidden();
});

test('an entry chosen by keyboard leaves the focus on its heading, ringed, and by pointer without a ring', async ({
  page,
}) => {
  const target = alpha.questions[2];
  const heading = page.getByRole('heading', { name: target.text });
  const ringed = () => heading.evaluate((element) => element.matches(':focus-visible'));
  const bar = page.getByRole('navigation', { name: 'On this page' });
  const entry = bar.getByRole('link', { name: target.text });

  // In the bar, whose list closes on the choice and so would take the focused entry with it.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/${alpha.id}/`);
  await bar.locator('summary').focus();
  await page.keyboard.press('Enter');
  for (const _ of alpha.questions.slice(0, 3)) await page.keyboard.press('Tab');
  await expect(entry).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/${alpha.id}/#${target.id}`);
  await expect(bar.getByRole('list')).toBeHidden();
  await expect(heading).toBeFocused();
  expect(await ringed(), 'a ring where the keyboard left the focus').toBe(true);
  // The next Tab goes on from the question, to its own link.
  await page.keyboard.press('Tab');
  await expect(
    page.locator('.question', { has: heading }).getByRole('link', { name: 'Link to this question' }),
  ).toBeFocused();

  await page.goto(`/${alpha.id}/`);
  await bar.locator('summary').click();
  await entry.click();
  await expect(heading).toBeFocused();
  expect(await ringed(), 'no ring after a click').toBe(false);

  // On the page of all questions, the entries lead to the sections' headings.
  await page.goto('/all/');
  await bar.locator('summary').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: sections[1]!.title, exact: true })).toBeFocused();

  // Beside the page, where the list stays.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/${alpha.id}/`);
  await entry.focus();
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
});

test('on a phone, the bar’s list opens at the entry being read', async ({ page }) => {
  // A window so low that the list of /gamma/ overflows its box.
  await page.setViewportSize({ width: 360, height: 220 });
  const last = gamma.questions.at(-1)!;
  await page.goto(`/${gamma.id}/#${last.id}`);
  await page.locator('.toc-bar summary').click();
  const current = page.locator('.toc a[aria-current="location"]');
  await expect(current).toHaveAttribute('href', `#${last.id}`);
  const list = page.locator('.toc-bar .toc');
  expect(await list.evaluate((ul) => ul.scrollHeight > ul.clientHeight), 'the list overflows').toBe(true);
  const [link, box] = [await current.boundingBox(), await list.boundingBox()];
  expect(link!.y).toBeGreaterThanOrEqual(box!.y);
  expect(link!.y + link!.height).toBeLessThanOrEqual(box!.y + box!.height);
});

test('zoomed to 400 %, the bar’s open list ends in the window, and Tab keeps each entry in view', async ({ page }) => {
  // 1280 × 1024 at 400 %: what the stuck header and bar leave of the window is less than 70 % of it.
  await page.setViewportSize({ width: 320, height: 256 });
  await page.goto(`/${gamma.id}/`);
  await page.locator('.toc-bar summary').focus();
  await page.keyboard.press('Enter');
  const list = page.locator('.toc-bar .toc');
  const box = (await list.boundingBox())!;
  expect(box.y + box.height, 'the list ends in the window').toBeLessThanOrEqual(256);
  for (const entry of await list.locator('a').all()) {
    await page.keyboard.press('Tab');
    await expect(entry).toBeFocused();
    const link = (await entry.boundingBox())!;
    expect(link.y + link.height, (await entry.textContent()) ?? undefined).toBeLessThanOrEqual(256);
  }
});

test('beside the page, a list taller than the window keeps the entry being read in view', async ({ page }) => {
  // A window so low that even the three sections of /all/ overflow the list.
  await page.setViewportSize({ width: 1280, height: 160 });
  const last = sections.at(-1)!;
  await page.goto(`/all/#section-${last.id}`);
  const current = page.locator('.toc a[aria-current="location"]');
  await expect(current).toHaveAttribute('href', `#section-${last.id}`);
  expect(
    await current.evaluate((a) => {
      const list = a.closest('.toc-bar > div')!;
      return list.scrollHeight > list.clientHeight;
    }),
    'the list overflows',
  ).toBe(true);
  await expect(async () => {
    const [link, list] = await current.evaluate((a) => [
      a.getBoundingClientRect().toJSON() as DOMRect,
      a.closest('.toc-bar > div')!.getBoundingClientRect().toJSON() as DOMRect,
    ]);
    expect(link!.top).toBeGreaterThanOrEqual(list!.top);
    expect(link!.bottom).toBeLessThanOrEqual(list!.bottom);
  }).toPass({ timeout: 5000 });
  expect(await page.evaluate(() => window.scrollY), 'the page stays at the question').toBeGreaterThan(0);
});
