import { expect, test, type Page } from '@playwright/test';

// Code blocks are coloured by classes (src/markdown/code-color-classes.ts), which the policy's
// `style-src 'self'` allows, where Shiki's style attributes would be blocked.
const rgb = (hex: string) => `rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i + 1, i + 3), 16)).join(', ')})`;
const colours = (page: Page) =>
  page
    .locator('.astro-code')
    .first()
    .evaluate((pre) => {
      const tokens = [...pre.querySelectorAll('span[class*="cl-"]')].slice(0, 40);
      return {
        background: getComputedStyle(pre).backgroundColor,
        tokens: tokens.map((span) => ({ classes: span.className, color: getComputedStyle(span).color })),
      };
    });

for (const scheme of ['light', 'dark'] as const) {
  test(`code blocks keep their theme’s colours in the ${scheme} scheme, with no style attribute on the page`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/alpha/');
    await expect(page.locator('.astro-code').first()).toBeVisible();
    expect(await page.locator('[style]').count(), 'no element has a style attribute').toBe(0);
    const { background, tokens } = await colours(page);
    expect(background).toBe(scheme === 'light' ? rgb('#ffffff') : rgb('#24292e'));
    const prefix = scheme === 'light' ? 'cl-' : 'cd-';
    for (const token of tokens) {
      const hex = token.classes
        .split(' ')
        .find((name) => name.startsWith(prefix))!
        .slice(3);
      expect(token.color, token.classes).toBe(rgb(`#${hex}`));
    }
    expect(new Set(tokens.map((token) => token.color)).size, 'more than one colour').toBeGreaterThan(1);
  });
}

test('the theme toggle switches the code colours too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/alpha/');
  const light = await colours(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await colours(page);
  expect(dark.background).not.toBe(light.background);
  expect(dark.tokens.map((token) => token.color)).not.toEqual(light.tokens.map((token) => token.color));
});
