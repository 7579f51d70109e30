import { test } from '@playwright/test';
import { expectNoViolations, themes, viewports } from '../support/axe.ts';
import { builtPages, openBuilt } from '../support/built-pages.ts';

// One test per page, theme and window: a check of one page never waits on the others.
for (const built of builtPages()) {
  for (const theme of themes) {
    for (const [name, viewport] of Object.entries(viewports)) {
      test(`${built.path} passes axe (${theme}, ${name})`, async ({ page }) => {
        // axe's work grows with the page: a second per question on top of a minute (a 200-question /all/ took 68 s on a
        // loaded machine).
        test.setTimeout(60_000 + built.questions * 1_000);
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await openBuilt(page, built);
        await expectNoViolations(page, `${built.path} (${theme}, ${name})`);
      });
    }
  }
}
