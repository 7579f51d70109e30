import { expect, type Page } from '@playwright/test';
import axe from 'axe-core';

export const themes = ['light', 'dark'] as const;
export const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

/** WCAG 2.2 AA and axe's best practices. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Asserts axe finds nothing on the page as it is now. axe-core goes into a page once per load and then runs
 * as often as the test asks (in each theme and window): @axe-core/playwright would inject it twice per run,
 * in the page and in a blank one, which cost more than the checks. `soft` records a failure and goes on.
 */
export async function expectNoViolations(page: Page, label: string, { soft = false } = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (values) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return violations.map(
      ({ id, impact, nodes }) =>
        `${id} (${impact}): ${nodes
          .slice(0, 5)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  }, tags);
  (soft ? expect.soft : expect)(violations, label).toEqual([]);
}
