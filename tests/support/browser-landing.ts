import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions, testChromiumPath } from './chromium.ts';
import { blockOf, placeOf, sectionPlace, type BuiltSite, type Landing } from './url-landing.ts';

/** Where the reader ended: the question whose heading or alias is the target, or the removal page's path. */
const landedOn = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector(':target')?.closest('[data-question]')?.getAttribute('data-question') ??
      (document.querySelector('h1')?.textContent === 'This question was removed' ? location.pathname : null),
  );

/** Pages that follow URLs side by side, one for each core the suite is meant for. */
const TABS = 2;

/**
 * Follows every URL in Chromium, with JavaScript, in one session, and lists each that does not end on its
 * question (the fragment the reader ends on is its heading or an alias beside it), for a retired id on its
 * removal page, or for a section's anchor on the section's page. Only pages, scripts and the anchor map load:
 * no styles, images or fonts. URLs whose fragment is on the question's own block are followed in one load of
 * their page, one fragment after the other, as a reader following links within it; the others (permalinks, the
 * anchor map's) each load as a new visit.
 */
export async function browserMisses(origin: string, site: BuiltSite, urls: Map<string, Landing>): Promise<string[]> {
  const browser = await chromium.launch(chromiumLaunchOptions(testChromiumPath));
  const missed: string[] = [];
  const expected = (id: string) => (site.homes.has(id) ? id : `/q/${id}/`);
  const check = async (page: Page, url: string, id: string) => {
    const landed = await landedOn(page);
    if (landed !== expected(id))
      missed.push(`${url}: ends at ${page.url().slice(origin.length)} on ${landed}, not ${expected(id)}`);
  };
  const inPlace = new Map<string, [string, string][]>();
  const visits: [string, string][] = [];
  const sections: [string, string][] = [];
  for (const [url, { id, section }] of urls) {
    if (section) sections.push([url, sectionPlace(site, id) ?? `no page /${id}/`]);
    else if (blockOf(site, url) !== id) visits.push([url, id]);
    else inPlace.set(url.split('#')[0]!, [...(inPlace.get(url.split('#')[0]!) ?? []), [url, id]]);
  }
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) =>
      ['stylesheet', 'image', 'font', 'media'].includes(route.request().resourceType())
        ? route.abort()
        : route.continue(),
    );
    const tabs = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
    const pages = [...inPlace.values()];
    await Promise.all(
      tabs.map(async (tab, t) => {
        for (const group of pages.filter((_, i) => i % TABS === t)) {
          await tab.goto(`${origin}${group[0]![0]}`, { waitUntil: 'domcontentloaded' });
          for (const [url, id] of group) {
            await tab.evaluate((hash) => (location.hash = hash), url.split('#')[1]!);
            await check(tab, url, id);
          }
        }
        for (const [url, id] of visits.filter((_, i) => i % TABS === t)) {
          // A permalink page replaces itself at once, which can cut its own load short.
          await tab.goto(`${origin}${url}`, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
          const end = `${origin}${placeOf(site, id)}`;
          await tab.waitForURL(end, { waitUntil: 'domcontentloaded', timeout: 10_000 }).catch(() => undefined);
          await check(tab, url, id);
        }
        // A section's anchor ends on the section's page.
        for (const [url, place] of sections.filter((_, i) => i % TABS === t)) {
          await tab.goto(`${origin}${url}`, { waitUntil: 'domcontentloaded' });
          await tab
            .waitForURL(`${origin}${place}`, { waitUntil: 'domcontentloaded', timeout: 10_000 })
            .catch(() => undefined);
          const path = new URL(tab.url()).pathname;
          if (path !== place) missed.push(`${url}: ends at ${path}, not ${place}`);
        }
      }),
    );
  } finally {
    await browser.close();
  }
  return missed;
}
