import { expect, test } from '@playwright/test';
import { luminanceOf } from '../support/luminance.ts';

/** The external links of section alpha's answers, in page order. */
const alphaLinks = [
  'https://learn.microsoft.com/azure/aks/upgrade-cluster',
  'https://learn.microsoft.com/azure/aks/supported-kubernetes-versions',
  'https://learn.microsoft.com/azure/aks/scale-cluster',
  'https://learn.microsoft.com/azure/aks/cluster-autoscaler',
  'https://learn.microsoft.com/azure/virtual-machines/linux/time-sync',
];

for (const theme of ['light', 'dark'] as const) {
  test(`printing from the ${theme} theme gives dark text on white, link addresses, and no screen controls`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/alpha/');
    // The reader's own choice of theme too, as the theme toggle stores it.
    await page.evaluate((chosen) => (document.documentElement.dataset.theme = chosen), theme);
    await page.emulateMedia({ media: 'print', colorScheme: theme });

    const texts = 'main h1, main h2, .answer p, .answer li, .answer code, .question-meta';
    const [paper] = await luminanceOf(page, 'body', 'backgroundColor');
    const inks = await luminanceOf(page, texts);
    expect(inks.length).toBeGreaterThan(20);
    expect(paper, 'white paper').toBeGreaterThan(0.95);
    expect(Math.max(...inks), 'every text dark (contrast of at least 4.5 on white)').toBeLessThan(0.18);

    const links = await page.locator('main a.external').evaluateAll((all) =>
      all
        .filter((link) => link.checkVisibility())
        .map((link) => {
          const after = getComputedStyle(link, '::after');
          return {
            href: link.getAttribute('href'),
            content: after.content,
            mask: after.maskImage,
            display: after.display,
          };
        }),
    );
    expect(
      links.map((link) => link.href),
      'the answers’ links, and not the edit and report links',
    ).toEqual(alphaLinks);
    for (const link of links) {
      expect(link.content, 'the full address follows the link').toBe(`" (${link.href})"`);
      expect(link.mask, 'no arrow icon cutting the address off').toBe('none');
      expect(link.display).toBe('inline');
    }

    for (const hidden of ['header', 'nav', '[data-search-root]', 'button', '.toc-bar']) {
      const shown = await page
        .locator(hidden)
        .evaluateAll((all) => all.filter((el) => getComputedStyle(el).display !== 'none').length);
      expect(shown, `${hidden} is not printed`).toBe(0);
    }
    // Nor the column a code block keeps on screen for its copy button: a long line wraps at the block's edge.
    const columns = await page
      .locator('.code-block > pre')
      .evaluateAll((all) => all.map((pre) => getComputedStyle(pre).borderRightWidth));
    expect(columns, 'code blocks print to their edge').toEqual(columns.map(() => '1px'));
  });
}

test('a question reached by a link prints without the focus ring and the mark its heading has on screen', async ({
  page,
}) => {
  await page.goto('/q/time-sync/');
  const heading = page.locator('#time-sync');
  await expect(heading).toBeFocused();
  const looks = () =>
    heading.evaluate((element) => {
      const style = getComputedStyle(element);
      return { outline: style.outlineStyle, background: style.backgroundColor, shadow: style.boxShadow };
    });
  const screen = await looks();
  expect(screen.outline, 'on screen, ringed').toBe('solid');
  expect(screen.shadow, 'and marked').not.toBe('none');
  await page.emulateMedia({ media: 'print' });
  expect(await looks()).toEqual({ outline: 'none', background: 'rgba(0, 0, 0, 0)', shadow: 'none' });
});

test('the words a search result opened a question with print as plain text, without their mark', async ({ page }) => {
  await page.goto('/beta/?highlight=node#moved');
  const mark = page.locator('[data-question="moved"] mark.pagefind-highlight').first();
  await expect(mark).toHaveText('node');
  const looks = () =>
    mark.evaluate((element) => ({
      background: getComputedStyle(element).backgroundColor,
      color: getComputedStyle(element).color,
      around: getComputedStyle(element.parentElement!).color,
    }));
  expect((await looks()).background, 'on screen, marked').not.toBe('rgba(0, 0, 0, 0)');
  await page.emulateMedia({ media: 'print' });
  const paper = await looks();
  expect(paper.background, 'no background on paper').toBe('rgba(0, 0, 0, 0)');
  expect(paper.color, 'in the colour of the words around it').toBe(paper.around);
});
