import { expect, test, type Page } from '@playwright/test';

/** Relative luminance of a computed CSS colour (sRGB), 0 for black to 1 for white. */
function luminanceIn(page: Page) {
  return page.evaluate(() => {
    (window as unknown as { luminance: (color: string) => number }).luminance = (color: string) => {
      const canvas = document.createElement('canvas').getContext('2d')!;
      canvas.fillStyle = color;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b] = [...canvas.getImageData(0, 0, 1, 1).data].map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`printing from the ${theme} theme gives dark text on white, link addresses, and no screen controls`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/operations/');
    // The reader's own choice of theme too, as the theme toggle stores it.
    await page.evaluate((chosen) => (document.documentElement.dataset.theme = chosen), theme);
    await page.emulateMedia({ media: 'print', colorScheme: theme });
    await luminanceIn(page);

    const colours = await page.evaluate(() => {
      const luminance = (window as unknown as { luminance: (color: string) => number }).luminance;
      const texts = [...document.querySelectorAll('main h1, main h2, .answer p, .answer li, .answer code, .note p, .question-meta')];
      return {
        page: luminance(getComputedStyle(document.body).backgroundColor),
        darkest: Math.max(...texts.map((el) => luminance(getComputedStyle(el).color))),
        checked: texts.length,
      };
    });
    expect(colours.checked).toBeGreaterThan(20);
    expect(colours.page, 'white paper').toBeGreaterThan(0.95);
    expect(colours.darkest, 'every text dark (contrast of at least 4.5 on white)').toBeLessThan(0.18);

    const links = await page.locator('main a.external').evaluateAll((all) =>
      all
        .filter((link) => link.checkVisibility())
        .map((link) => {
          const after = getComputedStyle(link, '::after');
          return { href: link.getAttribute('href'), content: after.content, mask: after.maskImage, display: after.display };
        }),
    );
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      expect(link.content, 'the full address follows the link').toBe(`" (${link.href})"`);
      expect(link.mask, 'no arrow icon cutting the address off').toBe('none');
      expect(link.display).toBe('inline');
    }

    for (const hidden of ['header', 'nav', '[data-search-root]', 'button', '.toc-bar']) {
      const shown = await page.locator(hidden).evaluateAll((all) => all.filter((el) => getComputedStyle(el).display !== 'none').length);
      expect(shown, `${hidden} is not printed`).toBe(0);
    }
  });
}
