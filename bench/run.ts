// npm run bench [-- --sizes aks,1000,10000 --format mdx|md|both --runs 3 --first-queries 20 --no-lighthouse --no-peer]
// Builds the AKS content and synthetic corpora, measures build, page weight and search, prints a Markdown
// table beside the targets and writes everything to bench/results/<timestamp>.json. It never judges.
// Each synthetic corpus is also built, in turn with the site, by the peer (Starlight, bench/peer/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnswerFormat } from './corpus/answer-text.ts';
import { prepareTarget, type BenchTarget, type Size, type TargetSpec } from './measure/bench-targets.ts';
import { launchChromium } from './measure/browser.ts';
import { measureBuilds, type Peer } from './measure/builds.ts';
import { measureDist } from './measure/dist-stats.ts';
import { measureFirstVisit } from './measure/first-visit.ts';
import { peerLabel, preparePeer } from './measure/peer-builds.ts';
import { emptyTrash } from './measure/trash.ts';
import { measureDevEdit } from './measure/dev-edit.ts';
import { lighthouseAvailable, runLighthouse } from './measure/lighthouse.ts';
import { describeMachine } from './measure/machine.ts';
import { measureSearch } from './measure/search-latency.ts';
import { BENCH_QUERIES } from './measure/search-queries.ts';
import { startStaticServer } from './measure/static-server.ts';
import type { TargetResult } from './measure/target-result.ts';
import { markdownTable } from './report/markdown-table.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'aks,1000,10000' },
    format: { type: 'string', default: 'mdx' },
    runs: { type: 'string', default: '3' },
    'first-queries': { type: 'string', default: '20' },
    lighthouse: { type: 'boolean', default: true },
    peer: { type: 'boolean', default: true },
  },
  allowNegative: true,
});

function positiveInteger(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${flag} must be a positive whole number, not "${text}"`);
  return value;
}

const sizes: Size[] = values.sizes
  .split(',')
  .map((size) => (size.trim() === 'aks' ? 'aks' : positiveInteger('sizes', size.trim())));
const formats: AnswerFormat[] =
  values.format === 'both' ? ['md', 'mdx'] : values.format === 'md' || values.format === 'mdx' ? [values.format] : [];
if (formats.length === 0) throw new Error(`--format must be md, mdx or both, not "${values.format}"`);
const runs = positiveInteger('runs', values.runs);
const firstQueries = positiveInteger('first-queries', values['first-queries']);

const progress = (message: string) => console.error(`[bench] ${message}`);
// The dev server and Lighthouse take the two ports after E2E_PORT, as the tests' servers do (4397 and 4398 without it).
const ports = ((base) => ({ dev: base + 1, lighthouse: base + 2 }))(Number(process.env.E2E_PORT ?? 4396));
const machine = describeMachine();
const startedAt = new Date();
progress(`${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, load ${machine.loadAtStart} at start`);

async function step(result: TargetResult, name: string, work: () => Promise<void>) {
  const started = performance.now();
  try {
    await work();
    progress(`${result.target.label}: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    const message = `${name}: ${(error as Error).message}`;
    result.errors.push(message);
    progress(`${result.target.label}: ${message}`);
  }
}

async function measureTarget(
  target: BenchTarget,
  browser: Awaited<ReturnType<typeof launchChromium>>,
): Promise<TargetResult> {
  const result: TargetResult = { target, errors: [] };
  let peer: Peer | undefined;
  if (values.peer && target.format !== 'mixed') {
    await step(result, `the peer's pages`, async () => {
      peer = { label: peerLabel(), coldBuild: preparePeer(target.contentDir) };
    });
  }
  await step(
    result,
    `${runs} cold builds and a warm one${peer ? ', each cold one followed by the peer' : ''}`,
    async () => {
      result.builds = await measureBuilds(target, runs, peer);
    },
  );
  if (!result.builds) return result;
  await step(result, 'an edit in the dev server', async () => {
    result.dev = await measureDevEdit(target, ports.dev);
  });
  result.dist = measureDist(target.outDir);
  const server = await startStaticServer(target.outDir);
  try {
    await step(result, 'first visit', async () => {
      result.firstVisit = await measureFirstVisit(browser, server, target.sectionPath);
    });
    await step(result, 'search latency', async () => {
      result.search = await measureSearch(browser, server, target.sectionPath, BENCH_QUERIES, firstQueries);
    });
  } finally {
    await server.close();
  }
  if (!values.lighthouse) result.lighthouse = { skipped: 'skipped (--no-lighthouse)' };
  else if (!lighthouseAvailable()) result.lighthouse = { skipped: 'see npm run lighthouse' };
  else {
    await step(result, 'Lighthouse', async () => {
      result.lighthouse = (await runLighthouse(target.outDir, target.sectionPath, ports.lighthouse)) ?? {
        skipped: 'no score (see npm run lighthouse)',
      };
    });
  }
  return result;
}

const browser = await launchChromium();
machine.chromium = browser.version();
const results: TargetResult[] = [];
try {
  const specs = sizes.flatMap((size): TargetSpec[] =>
    size === 'aks' ? [{ size }] : formats.map((format) => ({ size, format })),
  );
  for (const spec of specs) {
    const target = prepareTarget(spec);
    progress(`${target.label}: ${target.questions} questions in ${relative(process.cwd(), target.contentDir)}/`);
    results.push(await measureTarget(target, browser));
  }
} finally {
  await browser.close();
  emptyTrash();
}

const resultsDir = new URL('./results/', import.meta.url);
mkdirSync(resultsDir, { recursive: true });
const file = new URL(
  `${startedAt
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z')}.json`,
  resultsDir,
);
const options = {
  sizes,
  formats,
  runs,
  firstQueries,
  queries: BENCH_QUERIES,
  lighthouse: values.lighthouse,
  peer: values.peer,
};
const loadAtEnd = Math.round(loadavg()[0]! * 100) / 100;
const record = { startedAt, finishedAt: new Date(), machine: { ...machine, loadAtEnd }, options, results };
writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);

console.log(markdownTable(results));
console.log(
  `\n${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}, ` +
    `Astro ${machine.packages['astro']}, Pagefind ${machine.packages['pagefind']}, Chromium ${machine.chromium}; ` +
    `load average ${machine.loadAtStart} at start, ${loadAtEnd} at end. kB = 1,000 bytes on the wire.`,
);
for (const result of results) for (const error of result.errors) console.log(`- ${result.target.label}: ${error}`);
console.log(`\nAll figures: ${relative(process.cwd(), new URL(file).pathname)}`);
