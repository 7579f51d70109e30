import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions, chromiumPath } from '../../tests/support/chromium.ts';

/** Chromium as readers run it, found and started as the tests do (tests/support/chromium.ts). */
export const launchChromium = (): Promise<Browser> => chromium.launch(chromiumLaunchOptions(chromiumPath));
