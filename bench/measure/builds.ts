import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moveAside } from './trash.ts';
import { outputFolders } from '../../src/settings/output-folders.ts';
import { cacheDirFor } from '../../src/settings/content-dir.ts';
import { buildPhases, type BuildPhases } from '../profile/build-phases.ts';
import type { BenchTarget } from './bench-targets.ts';
import { measureProcess, type ProcessMeasure } from './process-peak.ts';
import { median } from './stats.ts';

export interface BuildRun {
  wallMs: number;
  peakRssKb: number;
  phases?: BuildPhases;
  cpuPercent?: number;
}

export interface BuildFigures {
  cold: BuildRun[];
  coldMedian: BuildRun;
  /** A rebuild with caches kept, after one answer changed. */
  warm: BuildRun;
  memorySource: ProcessMeasure['memorySource'];
  /** Attempts that failed and were repeated. */
  failures: string[];
  /** Cold builds of the same questions by the peer, each run right after one of ours. */
  peer?: { label: string; cold: BuildRun[]; coldMedian: BuildRun };
}

/** A peer to build in turn with the site, so that both meet the same machine load. */
export interface Peer {
  label: string;
  coldBuild: () => Promise<BuildRun>;
}

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const logDir = `${projectDir}bench/corpora/logs`;

/** A cold build: no cache, and no output of an earlier build to write over. */
export function clearCaches(target: BenchTarget) {
  for (const path of [cacheDirFor(target.contentDir), '.astro'])
    rmSync(resolve(projectDir, path), { recursive: true, force: true });
  for (const path of Object.values(outputFolders(target.outDir))) moveAside(resolve(projectDir, path));
}

/**
 * `npm run build -- --outDir …` on the pinned Node, with the target's content; its output goes to a log file.
 * A failed build is tried once more: Astro keeps the list of MDX modules in the project's one .astro/
 * folder, so another build running in the same checkout at the same time can break this one.
 */
async function build(
  target: BenchTarget,
  name: string,
  failures: string[],
  before = () => {},
): Promise<ProcessMeasure> {
  const env = { ...process.env, FAQ_CONTENT_DIR: target.contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
  mkdirSync(logDir, { recursive: true });
  for (let attempt = 1; ; attempt++) {
    before();
    const result = await measureProcess(process.execPath, ['src/cli/build.ts', '--outDir', target.outDir], {
      env,
      cwd: projectDir,
    });
    const log = `${logDir}/${target.label}-${name}${attempt > 1 ? `-attempt-${attempt}` : ''}.log`;
    writeFileSync(log, result.output);
    if (result.exitCode === 0) return result;
    failures.push(`${name} build failed (exit ${result.exitCode}), see ${log}`);
    if (attempt === 2) throw new Error(failures.at(-1));
  }
}

const medianRun = (runs: BuildRun[]): BuildRun => ({
  wallMs: median(runs.map((run) => run.wallMs)),
  peakRssKb: median(runs.map((run) => run.peakRssKb)),
});

/**
 * Cold builds (caches and output removed before each, each followed by the peer's), then one warm rebuild after editing
 * one answer.
 */
export async function measureBuilds(target: BenchTarget, runs: number, peer?: Peer): Promise<BuildFigures> {
  const cold: ProcessMeasure[] = [];
  const peerCold: BuildRun[] = [];
  const failures: string[] = [];
  for (let i = 1; i <= runs; i++) {
    cold.push(await build(target, `cold-${i}`, failures, () => clearCaches(target)));
    if (peer) peerCold.push(await peer.coldBuild());
  }
  const original = readFileSync(target.touchFile, 'utf8');
  let warm: ProcessMeasure;
  try {
    appendFileSync(target.touchFile, '\nThis answer was edited for the warm rebuild.\n');
    warm = await build(target, 'warm', failures);
  } finally {
    writeFileSync(target.touchFile, original);
  }
  const pick = ({ wallMs, peakRssKb, output, cpuPercent }: ProcessMeasure): BuildRun => ({
    wallMs,
    peakRssKb,
    phases: buildPhases(output),
    ...(cpuPercent !== undefined ? { cpuPercent } : {}),
  });
  return {
    cold: cold.map(pick),
    coldMedian: medianRun(cold),
    warm: pick(warm),
    memorySource: warm.memorySource,
    failures,
    ...(peer ? { peer: { label: peer.label, cold: peerCold, coldMedian: medianRun(peerCold) } } : {}),
  };
}
