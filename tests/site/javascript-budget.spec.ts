import { gzipSync } from 'node:zlib';
import { expect, test, type Response } from '@playwright/test';

// Issue 15: at most 2 kB gzipped of JavaScript runs on a page before the reader touches search, inline
// scripts included. Vite's preload helper alone (0.9 kB, pulled in by a plain dynamic import) would break it.
const budget = 2000;

for (const path of ['/', '/alpha/']) {
  test(`${path} runs at most 2 kB of JavaScript before search is touched, and loads search on first focus`, async ({
    page,
  }) => {
    const scripts: Response[] = [];
    const collect = (response: Response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    };
    page.on('response', collect);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
        .map((script) => script.textContent ?? ''),
    );
    const fetched = await Promise.all(scripts.map(async (response) => gzipSync(await response.body()).length));
    const bytes =
      fetched.reduce((sum, size) => sum + size, 0) + (inline.length > 0 ? gzipSync(inline.join('\n')).length : 0);
    expect(bytes, `${fetched.length} fetched and ${inline.length} inline scripts`).toBeLessThanOrEqual(budget);

    // Then the search code loads on first focus (counted by request: its bodies are not needed).
    page.off('response', collect);
    const loadedOnFocus: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && loadedOnFocus.push(request.url()));
    await page.getByRole('combobox', { name: 'Search the FAQ' }).focus();
    await expect
      .poll(() => loadedOnFocus.length, { message: 'the search code loads on first focus' })
      .toBeGreaterThan(0);
  });
}
