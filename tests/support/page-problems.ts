import type { Page } from '@playwright/test';

/**
 * Collects, from now on, every Content-Security-Policy violation, console error and uncaught exception of the
 * page, each with its address. `allowMissing` leaves out the console's report of a 404 response, for tests
 * that open missing addresses on purpose.
 */
export async function watchProblems(page: Page, { allowMissing = false } = {}): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`),
    );
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (allowMissing && message.text().includes('404 (Not Found)')) return;
    problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}
