import { median, percentile } from '../measure/stats.ts';
import type { TargetResult } from '../measure/target-result.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gigabytes = (kib: number) => `${((kib * 1024) / 1e9).toFixed(2)} GB`;
const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const millis = (ms: number) => `${Math.round(ms)} ms`;

interface Row {
  figure: string;
  /** The target, with the peer's figure in brackets. */
  target: string;
  value: (result: TargetResult, all: TargetResult[]) => string | undefined;
}

// The build's CPU use shows how much other work on the machine held it back (200 % is both of 2 cores).
/** Each run's wall time in seconds, one decimal. */
const runs = (cold: { wallMs: number }[]) => cold.map((run) => (run.wallMs / 1000).toFixed(1)).join(', ');
const cpu = (runs: { cpuPercent?: number }[]) => {
  const shares = runs.flatMap((run) => (run.cpuPercent === undefined ? [] : [run.cpuPercent]));
  return shares.length > 0 ? `; CPU ${Math.round(median(shares))} %` : '';
};

const searchStats = (samples: { ms: number }[]) =>
  `${millis(median(samples.map((s) => s.ms)))} / ${millis(
    percentile(
      samples.map((s) => s.ms),
      0.95,
    ),
  )}`;

/** How much longer the cold build took than at the next smaller size of the same format (×10 questions is linear). */
function growth(result: TargetResult, all: TargetResult[]): string | undefined {
  const { questions, format } = result.target;
  const smaller = all
    .filter((other) => other.target.format === format && other.target.questions < questions && other.builds)
    .toSorted((a, b) => b.target.questions - a.target.questions)[0];
  if (!smaller?.builds || !result.builds) return undefined;
  const time = result.builds.coldMedian.wallMs / smaller.builds.coldMedian.wallMs;
  return `×${time.toFixed(1)} time for ×${(questions / smaller.target.questions).toFixed(0)} questions`;
}

const ROWS: Row[] = [
  {
    figure: 'Cold build, median',
    target: "AKS ≤ 2.5 s; 10,000 ≤ the peer's (below)",
    value: (r) => r.builds && `${seconds(r.builds.coldMedian.wallMs)} (${runs(r.builds.cold)}${cpu(r.builds.cold)})`,
  },
  {
    figure: 'Peer cold build, median (same corpus, same run)',
    target: 'the site at most as long',
    value: ({ builds }) =>
      builds?.peer &&
      `${builds.peer.label}: ${seconds(builds.peer.coldMedian.wallMs)} ` +
        `(${runs(builds.peer.cold)}${cpu(builds.peer.cold)})`,
  },
  {
    figure: 'Peak memory, cold build',
    target: '10,000 < 1.3 GB and below the peer',
    value: (r) => r.builds && gigabytes(r.builds.coldMedian.peakRssKb),
  },
  {
    figure: 'Peer peak memory, cold build',
    target: '–',
    value: ({ builds }) => builds?.peer && gigabytes(builds.peer.coldMedian.peakRssKb),
  },
  { figure: 'Build growth from the smaller size', target: 'close to linear', value: growth },
  {
    figure: 'Warm rebuild, one answer edited',
    target: '< ⅓ of the cold build',
    value: (r) => r.builds && seconds(r.builds.warm.wallMs),
  },
  {
    figure: 'Dev server: edit shown (ready, page)',
    target: 'edit within 2 s',
    value: (r) => r.dev && `${seconds(r.dev.editVisibleMs)} (${seconds(r.dev.readyMs)}, ${seconds(r.dev.pageMs)})`,
  },
  {
    figure: 'dist/ size, files',
    target: '–',
    value: (r) => r.dist && `${megabytes(r.dist.dist.bytes)}, ${r.dist.dist.files}`,
  },
  {
    figure: 'Pagefind index size, files',
    target: '–',
    value: (r) => r.dist && `${megabytes(r.dist.pagefind.bytes)}, ${r.dist.pagefind.files}`,
  },
  {
    figure: 'First search downloads (median)',
    target: 'AKS < 100 kB (peer 93 kB); 10,000 < 130 kB (peer 337 kB)',
    value: (r) => r.search && kilobytes(median(r.search.firstSearchBytes)),
  },
  {
    figure: 'Section page, first visit, gzip',
    target: '< 20 kB in all (peer 52 kB)',
    value: (r) => r.firstVisit && kilobytes(r.firstVisit.bytes.total),
  },
  { figure: '… HTML', target: '–', value: (r) => r.firstVisit && kilobytes(r.firstVisit.bytes.html) },
  { figure: '… CSS', target: '–', value: (r) => r.firstVisit && kilobytes(r.firstVisit.bytes.css) },
  { figure: '… JS', target: '(peer 33 kB)', value: (r) => r.firstVisit && kilobytes(r.firstVisit.bytes.js) },
  { figure: '… fonts', target: '–', value: (r) => r.firstVisit && kilobytes(r.firstVisit.bytes.fonts) },
  { figure: '… other', target: '–', value: (r) => r.firstVisit && kilobytes(r.firstVisit.bytes.other) },
  {
    figure: 'JS run before search is touched, gzip',
    target: '≤ 2 kB',
    value: (r) =>
      r.firstVisit &&
      `${kilobytes(r.firstVisit.jsBeforeSearch.bytes)} ` +
        `(${kilobytes(r.firstVisit.jsBeforeSearch.fetchedBytes)} fetched + ` +
        `${kilobytes(r.firstVisit.jsBeforeSearch.inlineBytes)} inline)`,
  },
  {
    figure: 'Search, first query, median / p95',
    target: '< 250 ms (peer ~390 ms); 10,000 < 400 ms (peer ~760 ms)',
    value: (r) => r.search && searchStats(r.search.first),
  },
  {
    figure: 'Search, later queries, median / p95',
    target: '< 50 ms (peer ~315 ms); 10,000 < 100 ms (peer ~450 ms)',
    value: (r) => r.search && searchStats(r.search.later),
  },
  {
    figure: 'Lighthouse mobile: perf / a11y / best pr. / SEO',
    target: '100 each on a 100-question section page (peer perf 76-88)',
    value: ({ lighthouse: l }) =>
      l && ('skipped' in l ? l.skipped : [l.performance, l.accessibility, l.bestPractices, l.seo].join(' / ')),
  },
];

const header = (r: TargetResult) =>
  `${r.target.label}: ${r.target.questions} q, ${r.target.sectionPath} (${r.target.sectionQuestions} q)`;

/**
 * The figures as a Markdown table: one row per figure, its target, one column per content folder; – where not measured.
 */
export function markdownTable(results: TargetResult[]): string {
  const lines = [
    `| Figure | Target (peer) | ${results.map(header).join(' | ')} |`,
    `| --- | --- | ${results.map(() => '---').join(' | ')} |`,
    ...ROWS.map(
      (row) => `| ${row.figure} | ${row.target} | ${results.map((r) => row.value(r, results) ?? '–').join(' | ')} |`,
    ),
  ];
  return lines.join('\n');
}
