import { expect, test, type Page } from '@playwright/test';

const themes = ['light', 'dark'] as const;

test('inline code shows no backticks around it', async ({ page }) => {
  await page.goto('/all/');
  const codes = await page.locator('main code:not(pre code)').evaluateAll((all) =>
    all.map((code) => ({
      text: code.textContent ?? '',
      shown: (code as HTMLElement).innerText,
      before: getComputedStyle(code, '::before').content,
      after: getComputedStyle(code, '::after').content,
    })),
  );
  expect(codes.map((code) => code.text)).toEqual(
    expect.arrayContaining(['az aks get-upgrades', 'kube-system', 'chrony', '<script>alert(2)</script>']),
  );
  for (const code of codes) {
    expect([code.before, code.after], code.text).toEqual(['none', 'none']);
    expect(code.shown).toBe(code.text);
  }
});

for (const theme of themes) {
  test(`a link inside a callout is coloured apart from the callout's text (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/beta/');
    const links = await page.locator('.note a').evaluateAll((all) =>
      all.map((link) => ({
        text: link.textContent,
        link: getComputedStyle(link).color,
        around: getComputedStyle(link.parentElement!).color,
      })),
    );
    expect(links.map((link) => link.text)).toEqual(['system node pool guide (external site)']);
    for (const { link, around } of links) expect(link).not.toBe(around);
  });
}

test('what keyboard focus reaches going back up a page shows below what is stuck to the top', async ({ page }) => {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 640 });
    await page.goto('/alpha/');
    for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Shift+Tab');
      const focus = await page.evaluate(() => {
        const focused = document.activeElement!;
        if (!focused.closest('main') || focused.closest('.toc-bar')) return undefined;
        const stuck = [...document.querySelectorAll('header, .toc-bar summary')].filter((e) => e.checkVisibility());
        return {
          what: focused.outerHTML.slice(0, 80),
          top: focused.getBoundingClientRect().top,
          stuckBottom: Math.max(...stuck.map((e) => e.getBoundingClientRect().bottom)),
        };
      });
      if (focus) expect(focus.top, `${focus.what} at ${width} px`).toBeGreaterThanOrEqual(focus.stuckBottom);
    }
  }
});

/** The header's site title, given a fork's `text`; whether the header shows it whole. */
async function forkTitle(page: Page, text: string) {
  const title = page.locator('header a').filter({ hasText: /\S/ }).first();
  await title.evaluate((link, text) => (link.textContent = text), text);
  const whole = await title.evaluate(
    (link) => link.scrollWidth <= link.clientWidth && link.scrollHeight <= link.clientHeight + 1,
  );
  return { title, whole };
}

test("a fork's longer site title shows whole in the header of a 360 px phone, on two lines", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const { title, whole } = await forkTitle(page, 'Contoso Queue Service FAQ');
  expect(whole, 'no part of the title cut off').toBe(true);
  await expect(page.getByRole('combobox')).toHaveCSS('width', /^(?:[89]\d|\d{3,})(?:\.\d+)?px$/);

  // Wider, in its larger size, two lines still leave the header room for the focus ring around them.
  await page.setViewportSize({ width: 700, height: 740 });
  await title.evaluate((link) => (link.textContent = 'Contoso Cloud Platform Frequently Asked Questions'));
  const room = await title.evaluate((link) => {
    const own = link.getBoundingClientRect();
    const header = link.closest('header')!.getBoundingClientRect();
    return Math.min(own.top - header.top, header.bottom - own.bottom);
  });
  expect(room, 'space above and below the title').toBeGreaterThanOrEqual(4);
  // Wider than a phone, the box keeps its room; the title gives up what it needs.
  const box = await page.getByRole('combobox').boundingBox();
  expect(box!.width, 'the search box at 700 px').toBeGreaterThanOrEqual(100);
});

test('on the search page, whose box is its own, the header leaves the site title the room of the box', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/search/');
  expect((await forkTitle(page, 'Contoso Queue Service FAQ')).whole, 'no part of the title cut off').toBe(true);
});

test.describe('with the text spacing of WCAG 1.4.12', () => {
  // A reader's own stylesheet, as a browser extension applies it: the page's Content-Security-Policy governs the
  // page's styles, not the reader's.
  test.use({ bypassCSP: true });
  const textSpacing = `
    * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-bottom: 2em !important; }`;

  test('the search box’s section filter fits a 320 px phone whole', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/alpha/');
    await page.addStyleTag({ content: textSpacing });
    const filter = page.locator('header').getByLabel('Section', { exact: true });
    // A section named as long as the AKS FAQ's longest, which sets the width of the list.
    await filter
      .locator('option')
      .nth(1)
      .evaluate((option) => (option.textContent = 'Quotas, limits, and region availability'));
    await page.keyboard.press('/');
    await page.keyboard.type('node');
    await expect(filter).toBeVisible();
    const edges = await filter.evaluate((select) => {
      // The row of the status line and the filter, inside its padding.
      const row = select.closest('[data-search-panel] > div')!;
      return {
        list: select.getBoundingClientRect().right,
        row: row.getBoundingClientRect().right - parseFloat(getComputedStyle(row).paddingRight),
      };
    });
    expect(edges.list, 'the list ends inside the panel’s padding').toBeLessThanOrEqual(edges.row);
  });
});
