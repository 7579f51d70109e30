import type { Browser, Page } from '@playwright/test';
import type { Served, StaticServer } from './static-server.ts';

export interface SearchSample {
  query: string;
  /** From the last keystroke's keydown to the first frame painted after the results last changed. */
  ms: number;
}

export interface SearchFigures {
  /** Each on a fresh page: the box is focused and the query typed at once, so all loading follows the last key. */
  first: SearchSample[];
  /** Bytes downloaded from focusing the box until the network was idle after the first results, per first query. */
  firstSearchBytes: number[];
  /** What the first of the first queries downloaded. */
  firstSearchRequests: Served[];
  /**
   * On a page where search has run once: all but the last letter is entered and its results settle, then the
   * last key is pressed, as when a reader pauses before finishing a word.
   */
  later: SearchSample[];
}

const INPUT = '#site-search';
// How long the results must stay unchanged before a search counts as finished.
const QUIET_MS = 250;

interface Timeline {
  keys: number[];
  paints: number[];
  lastChange: number;
}

/**
 * Records, in the page's own clock, when keys go down in the search box and when a frame is painted after
 * the results changed: a MutationObserver on the list and its status, then requestAnimationFrame, then a
 * message that runs after that frame's paint.
 */
function instrument(selector: string) {
  const input = document.querySelector<HTMLInputElement>(selector);
  const listId = input?.getAttribute('aria-controls');
  const list = listId ? document.getElementById(listId) : null;
  if (!input || !list?.parentElement) throw new Error(`No combobox list for ${selector}`);
  const timeline: Timeline = { keys: [], paints: [], lastChange: 0 };
  (window as unknown as { benchTimeline: Timeline }).benchTimeline = timeline;
  input.addEventListener('keydown', (event) => timeline.keys.push(event.timeStamp), { capture: true });
  const afterPaint = new MessageChannel();
  afterPaint.port1.onmessage = () => timeline.paints.push(performance.now());
  new MutationObserver(() => {
    timeline.lastChange = performance.now();
    requestAnimationFrame(() => afterPaint.port2.postMessage(null));
  }).observe(list.parentElement, { childList: true, subtree: true, characterData: true });
}

async function resetTimeline(page: Page) {
  await page.evaluate(() => {
    const timeline = (window as unknown as { benchTimeline: Timeline }).benchTimeline;
    timeline.keys = [];
    timeline.paints = [];
  });
}

/** Waits until the results changed after `since` and have been still for a while. */
async function waitSettled(page: Page, since: number) {
  await page.waitForFunction(
    ([after, quietMs]) => {
      const { lastChange } = (window as unknown as { benchTimeline: Timeline }).benchTimeline;
      return lastChange > after && performance.now() - lastChange > quietMs;
    },
    [since, QUIET_MS] as const,
    { timeout: 20_000, polling: 50 },
  );
}

/** Waits until the results were painted after the last key and have been still since, and returns the latency. */
async function settledLatency(page: Page): Promise<number> {
  await page.waitForFunction(
    (quietMs) => {
      const { keys, paints, lastChange } = (window as unknown as { benchTimeline: Timeline }).benchTimeline;
      const lastKey = keys.at(-1) ?? Infinity;
      const now = performance.now();
      return paints.some((paint) => paint > lastKey) && now - lastChange > quietMs && now - lastKey > quietMs;
    },
    QUIET_MS,
    { timeout: 20_000, polling: 50 },
  );
  return page.evaluate(() => {
    const { keys, paints } = (window as unknown as { benchTimeline: Timeline }).benchTimeline;
    return Math.max(...paints) - keys.at(-1)!;
  });
}

async function openInstrumented(browser: Browser, server: StaticServer, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Module scripts, and with them the search box's set-up, have run by the load event.
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.evaluate(instrument, INPUT);
  return { context, page };
}

/** Search latency in Chromium, measured on the given page with the given queries. */
export async function measureSearch(
  browser: Browser,
  server: StaticServer,
  path: string,
  queries: readonly string[],
  firstQueries: number,
): Promise<SearchFigures> {
  const first: SearchSample[] = [];
  const firstSearchBytes: number[] = [];
  let firstSearchRequests: Served[] = [];
  for (let i = 0; i < firstQueries; i++) {
    const query = queries[i % queries.length]!;
    const { context, page } = await openInstrumented(browser, server, path);
    server.takeLog();
    await page.focus(INPUT);
    await page.keyboard.type(query);
    first.push({ query, ms: await settledLatency(page) });
    await page.waitForLoadState('networkidle');
    const served = server.takeLog();
    if (i === 0) firstSearchRequests = served;
    firstSearchBytes.push(served.reduce((sum, { bytes }) => sum + bytes, 0));
    await context.close();
  }

  const later: SearchSample[] = [];
  const { context, page } = await openInstrumented(browser, server, path);
  await page.focus(INPUT);
  await page.keyboard.type(queries.at(-1)!);
  await settledLatency(page);
  for (const query of queries) {
    const since = await page.evaluate(() => performance.now());
    await page.fill(INPUT, query.slice(0, -1));
    await waitSettled(page, since);
    await resetTimeline(page);
    await page.keyboard.type(query.slice(-1));
    later.push({ query, ms: await settledLatency(page) });
  }
  await context.close();
  return { first, firstSearchBytes, firstSearchRequests, later };
}
