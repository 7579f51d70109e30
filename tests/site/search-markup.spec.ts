import { expect, test, type Locator } from '@playwright/test';

// Section gamma of the fixture site has a question whose text is `<img src=x onerror=alert(1)>`, and one with quotes,
// an ampersand and a <b> tag: search, the page and the structured data must show them as written and run nothing.
// A third is written with `inline code`, which its heading and the lists that name it show as code.

test('a question whose text is HTML shows as text in results and on its page, and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  await page.goto('/gamma/');
  await page.keyboard.press('/');
  await page.keyboard.type('onerror script');
  const option = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(option).toContainText('<img src=x onerror=alert(1)>');
  await expect(option).toContainText('<script>alert(2)</script>');
  await expect(option.locator('img, script')).toHaveCount(0);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/gamma\/\?highlight=[^#]+#html-in-question$/);
  const heading = page.locator('h2#html-in-question');
  await expect(heading).toHaveText('<img src=x onerror=alert(1)>');
  await expect(heading.locator('mark.pagefind-highlight')).toHaveText(['onerror']);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('quotes, ampersands and tags in a question show as written in results, on the page and in structured data', async ({
  page,
}) => {
  const question = 'Do "quotes" & <b>tags</b> in a question stay as written?';
  await page.goto('/gamma/');
  await page.keyboard.press('/');
  await page.keyboard.type('quotes tags');
  const option = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(option).toContainText(question);
  await expect(option.locator('b')).toHaveCount(0);
  await expect(page.locator('h2#quotes-in-question')).toHaveText(question);
  await expect(page.locator('main b')).toHaveCount(0);
  const structured = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = structured
    .map((json) => JSON.parse(json) as { '@type': string; mainEntity: { name: string }[] })
    .find((item) => item['@type'] === 'FAQPage')!;
  expect(data.mainEntity.map((entity) => entity.name)).toEqual([
    '<img src=x onerror=alert(1)>',
    question,
    'Does inline code in a question show as code?',
    'Does an ordinary question still show?',
  ]);
});

test('inline code in a question shows as code in its heading and the lists that name it, and as words in search', async ({
  page,
}) => {
  const words = 'Does inline code in a question show as code?';
  const shown = async (place: Locator) => {
    await expect(place).toHaveText(words);
    await expect(place.locator('code')).toHaveText('inline code');
  };
  await page.goto('/gamma/');
  await shown(page.locator('h2#code-in-question'));
  await shown(page.locator('.toc a[href="#code-in-question"]'));
  await page.keyboard.press('/');
  await page.keyboard.type('inline code');
  const option = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(option).toContainText(words);
  await expect(option).not.toContainText('`');

  await page.goto('/');
  await shown(page.locator('.faq-index a[href$="#code-in-question"]'));
  await page.goto('/all/');
  await shown(page.locator('h3#code-in-question'));
});
