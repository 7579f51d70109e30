// npx node bench/profile.ts [--size 10000] [--format mdx|md] [--top 15]
// One cold build of a synthetic corpus (or --size aks) under Node's CPU profiler: prints where the wall time
// went by build phase, and the profile's top costs by package and by function. The .cpuprofile file is kept
// for Chrome DevTools (Performance panel, "Load profile").
import { mkdirSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareTarget } from './measure/bench-targets.ts';
import { measureProcess } from './measure/process-peak.ts';
import { buildPhases } from './profile/build-phases.ts';
import { emptyTrash } from './measure/trash.ts';
import { clearCaches } from './measure/builds.ts';
import { summarizeProfile, type Cost } from './profile/summarize-profile.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    format: { type: 'string', default: 'mdx' },
    top: { type: 'string', default: '15' },
  },
});
const format = values.format === 'md' ? 'md' : 'mdx';
const target = prepareTarget(values.size === 'aks' ? { size: 'aks' } : { size: Number(values.size), format });
const projectDir = fileURLToPath(new URL('..', import.meta.url));
const profileDir = resolve(projectDir, `bench/corpora/profiles/${target.label}-${Date.now()}`);
mkdirSync(profileDir, { recursive: true });
clearCaches(target);

console.error(`[profile] building ${target.label} under --cpu-prof…`);
const run = await measureProcess(
  process.execPath,
  [
    '--cpu-prof',
    `--cpu-prof-dir=${profileDir}`,
    'node_modules/astro/bin/astro.mjs',
    'build',
    '--outDir',
    target.outDir,
  ],
  {
    env: { ...process.env, FAQ_CONTENT_DIR: target.contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    cwd: projectDir,
  },
);
emptyTrash();
if (run.exitCode !== 0) {
  console.error(run.output);
  process.exit(run.exitCode);
}
const profileFile = resolve(
  profileDir,
  readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'))!,
);
const summary = summarizeProfile(profileFile, Number(values.top));
const phases = buildPhases(run.output);
const table = (title: string, costs: Cost[]) =>
  [
    `| ${title} | ms |`,
    '| --- | --- |',
    ...costs.map((cost) => `| ${cost.name.replace(/\|/g, '\\|')} | ${cost.ms} |`),
  ].join('\n');

console.log(
  `## ${target.label}: ${(run.wallMs / 1000).toFixed(1)} s wall, ` +
    `${((run.peakRssKb * 1024) / 1e9).toFixed(2)} GB peak (profiler on)\n`,
);
console.log('| Phase (Astro log) | s |\n| --- | --- |');
for (const [phase, secs] of Object.entries(phases))
  console.log(`| ${phase.replace(/Seconds$/, '')} | ${secs.toFixed(2)} |`);
console.log(
  `\nMain thread: ${summary.totalMs} ms sampled. ` +
    `"(idle)" is waiting: on Rolldown's and Pagefind's own threads and processes, and on the disk.\n`,
);
console.log(table('Self time by place', summary.byPlace));
console.log(`\n${table('Self time by function', summary.byFunction)}`);
console.log(`\n${table('Total time (with callees) by function', summary.inclusive)}`);
console.log(`\nProfile: ${relative(process.cwd(), profileFile)}`);
