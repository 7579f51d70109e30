import { expect, test } from '@playwright/test';
import { builtPages } from '../support/built-pages.ts';
import { fixtureSite } from '../support/fixture-site.ts';

const pages = builtPages();
const themes = ['light', 'dark'] as const;

for (const theme of themes) {
  for (const width of [320, 360, 390, 768]) {
    test(`no page is wider than a ${width} px window (${theme})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: theme });
      const tooWide: string[] = [];
      for (const path of [...pages, `${fixtureSite.url}/q/gone/`]) {
        await page.goto(path);
        if (path.startsWith('/search/?')) await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(clientWidth, path).toBe(width);
        if (scrollWidth > clientWidth) tooWide.push(`${path}: ${scrollWidth} px`);
      }
      expect(tooWide).toEqual([]);
    });
  }
}

test('inline code shows no backticks around it', async ({ page }) => {
  let checked = 0;
  for (const path of pages) {
    await page.goto(path);
    const codes = await page.locator('main code:not(pre code)').evaluateAll((all) =>
      all.map((code) => ({
        text: code.textContent ?? '',
        shown: (code as HTMLElement).innerText,
        before: getComputedStyle(code, '::before').content,
        after: getComputedStyle(code, '::after').content,
      })),
    );
    for (const code of codes) {
      expect([code.before, code.after], `${path}: ${code.text}`).toEqual(['none', 'none']);
      expect(code.shown, path).toBe(code.text);
    }
    checked += codes.length;
  }
  expect(checked, 'the content has inline code to check').toBeGreaterThan(10);
});

for (const theme of themes) {
  test(`a link inside a callout is coloured apart from the callout's text (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/operations/');
    const links = await page.locator('.note a').evaluateAll((all) =>
      all.map((link) => ({ link: getComputedStyle(link).color, text: getComputedStyle(link.parentElement!).color })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const { link, text } of links) expect(link).not.toBe(text);
  });
}
