import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { aksFaqOnly } from '../support/aks-faq.ts';
import { searchAll } from '../support/search-harness.ts';

// How well search finds the AKS questions for what readers type: the queries of tests/search-queries.json (the
// tuning set), the titles of tests/search-queries-trackers.json (the held-out set), the typed examples of issue 12,
// and trackers' tags, all searched at once through the function the search box calls, over the built site's index
// (tests/support/search-harness.ts). search-box.spec.ts types a few of them.
aksFaqOnly();

interface RelevanceQuery {
  query: string;
  /** Questions that answer it; the first result must be one of them. */
  expected: string[];
  /** Written with the others but never looked at while tuning search: an honest measure of new queries. */
  heldOut?: boolean;
  /** A title of an issue or pull request on a public tracker, written outside the project: its address. */
  source?: string;
}

type Ranked = RelevanceQuery & { top: string[] };

const queries = JSON.parse(readFileSync('tests/search-queries.json', 'utf8')) as RelevanceQuery[];
/**
 * Held out by source and author: titles of issues and pull requests on public trackers, written by people outside the
 * project, each with the question that answers it and its address; never used to tune search.
 */
const trackerTitles = JSON.parse(readFileSync('tests/search-queries-trackers.json', 'utf8')) as RelevanceQuery[];

const upgrades = [
  'auto-upgrade-unsupported',
  'upgrade-unhealthy-nodes',
  'upgrade-unknown-pods',
  'crash-loops-after-upgrade',
];
const resourceGroups = [
  'two-resource-groups',
  'node-resource-group-name',
  'node-resource-group-tags',
  'move-or-rename-resources',
];
/** The typed examples of issue 12, each with the questions it means. */
const misspelt: [string, string[]][] = [
  ['upgarde', upgrades],
  ['resouce group', resourceGroups],
  ['kubernets upgade', upgrades],
  ['k8s version', ['auto-upgrade-unsupported', 'platform-support', 'security-updates']],
  ['dns', ['api-server-fqdn', 'getaddrinfo-delete-error']],
];
const tracked = [
  'cluster stuck deleting',
  'move cluster to another subscription',
  'PodSecurityPolicy',
  'kubernets upgade',
  'multi-region cluster',
];
/** What a tracker puts in front of a query, or a commit or a branch. */
const noise = (query: string) => [
  `[BUG] ${query}`,
  `[Feature Request] ${query}`,
  `Feature request: ${query}`,
  `[Feature Request] Support for ${query}`,
  `feat(aks): ${query}`,
  `[OPS-1234] ${query}`,
];

// Every query of this file, searched once, in one page, before its tests; they run in order, in one worker.
test.describe.configure({ mode: 'default' });
const found = new Map<string, string[]>();

test.beforeAll(async ({ browser }, testInfo) => {
  const page = await browser.newPage();
  const all = [
    ...new Set([
      ...[...queries, ...trackerTitles].map((q) => q.query),
      ...misspelt.map(([query]) => query),
      ...tracked.flatMap((query) => [query, ...noise(query)]),
    ]),
  ];
  // The header box shows six results.
  const results = await searchAll(page, testInfo.project.use.baseURL!, all, 6);
  all.forEach((query, i) => found.set(query, results[i]!));
  await page.close();
});

const rank = (set: RelevanceQuery[]): Ranked[] => set.map((q) => ({ ...q, top: found.get(q.query)!.slice(0, 3) }));
const first = (r: Ranked) => r.expected.includes(r.top[0]!);
const top3 = (r: Ranked) => r.top.some((id) => r.expected.includes(id));
const share = (set: Ranked[], found: (r: Ranked) => boolean) => set.filter(found).length / set.length;
const score = (set: Ranked[]) =>
  `first for ${set.filter(first).length}/${set.length}, top 3 for ${set.filter(top3).length}/${set.length}`;
const report = (r: Ranked) => `"${r.query}": expected ${r.expected.join(' or ')}, got ${r.top.join(', ')}`;
const misses = (set: Ranked[]) => {
  for (const r of set.filter((r) => !first(r)))
    console.log(`  ${top3(r) ? 'not first' : 'not in top 3'}: ${report(r)}`);
};

test('the queries written for tests/search-queries.json find their question first for 90% and in the top 3 for 98%', () => {
  const ranked = rank(queries.filter((q) => !q.source));
  console.log(
    `Search relevance: ${score(ranked)}; written with them, never tuned on: ${score(ranked.filter((r) => r.heldOut))}.`,
  );
  misses(ranked);
  expect(share(ranked, first), 'share of queries whose question comes first').toBeGreaterThanOrEqual(0.9);
  expect(share(ranked, top3), 'share of queries whose question is in the top 3').toBeGreaterThanOrEqual(0.98);
});

// Titles from other trackers than the held-out set's (split by source), which search was tuned on; the floors keep
// what it has reached.
test('the tracker titles of tests/search-queries.json keep their scores', () => {
  const ranked = rank(queries.filter((q) => q.source));
  console.log(`Tracker titles tuned on: ${score(ranked)}.`);
  misses(ranked);
  expect(share(ranked, first), 'share of titles whose question comes first').toBeGreaterThanOrEqual(0.84);
  expect(share(ranked, top3), 'share of titles whose question is in the top 3').toBeGreaterThanOrEqual(0.976);
});

// The goal is 85% first and 95% in the top 3, within 5 points of the tuning set (issue 26); until search reaches it,
// the floors keep what it has reached from slipping, and the gap is printed.
test('the tracker titles of tests/search-queries-trackers.json, held out from tuning, keep their scores', () => {
  const [tuning, tunedTitles, held] = [rank(queries), rank(queries.filter((q) => q.source)), rank(trackerTitles)];
  const gap = (set: Ranked[]) =>
    [first, top3].map((found) => Math.round(100 * (share(set, found) - share(held, found)))).join(' first, ');
  console.log(
    `Held-out tracker titles: ${score(held)}; points below the tuning set: ${gap(tuning)} top 3; ` +
      `below the tracker titles tuned on: ${gap(tunedTitles)} top 3.`,
  );
  // Its misses are printed only when a floor fails: a title whose miss has been read is held out no longer.
  try {
    expect(share(held, first), 'share of titles whose question comes first').toBeGreaterThanOrEqual(0.814);
    expect(share(held, top3), 'share of titles whose question is in the top 3').toBeGreaterThanOrEqual(0.942);
  } catch (error) {
    misses(held);
    throw error;
  }
});

test('misspelt, abbreviated and short queries find the questions they mean', () => {
  for (const [query, relevant] of misspelt) {
    const top = found.get(query)!.slice(0, 3);
    expect(relevant, `the first result for "${query}"`).toContain(top[0]);
    expect(
      top.filter((id) => relevant.includes(id)).length,
      `relevant results in the top 3 for "${query}"`,
    ).toBeGreaterThanOrEqual(Math.min(2, relevant.length));
  }
});

for (const query of tracked) {
  test(`a tracker’s tag or opener in front of “${query}” does not change its results`, () => {
    expect(found.get(query)!.length, query).toBeGreaterThan(0);
    for (const noisy of noise(query)) expect(found.get(noisy), noisy).toEqual(found.get(query));
  });
}
