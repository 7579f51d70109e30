import { expect, test } from '@playwright/test';
import { themes } from '../support/axe.ts';
import { builtPages, openBuilt } from '../support/built-pages.ts';

const widths = [320, 360, 390, 768];

for (const built of builtPages()) {
  for (const theme of themes) {
    test(`${built.path} is no wider than a window of ${widths.join(', ')} px (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width: widths[0]!, height: 800 });
      await openBuilt(page, built);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(clientWidth).toBe(width);
        expect(scrollWidth, `${built.path} at ${width} px`).toBe(width);
      }
    });
  }
}
