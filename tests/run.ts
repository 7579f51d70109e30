// npm test: builds the site from content/, then runs each layer of tests in turn (README, "Tests") and prints
// how long each took. `npm test -- site aks` runs only the layers named (and the build, when one of them needs it).
import { spawnSync } from 'node:child_process';

interface Step {
  name: string;
  /** What it runs, for the summary. */
  what: string;
  command: string[];
  /** Whether it checks the build of content/ in dist/, and so cannot run when that build failed. */
  needsBuild: boolean;
}

const steps: Step[] = [
  {
    name: 'dist',
    what: 'npm run build (content/ into dist/)',
    command: ['npm', 'run', '--silent', 'build'],
    needsBuild: false,
  },
  {
    name: 'unit',
    what: 'tests/unit/, tests/contract/, in process',
    command: ['npx', 'vitest', 'run', '--project', 'unit', '--project', 'contract'],
    needsBuild: false,
  },
  {
    name: 'build',
    what: 'tests/build/, Astro on fixture content',
    command: ['npx', 'vitest', 'run', '--project', 'build'],
    needsBuild: false,
  },
  {
    name: 'site',
    what: 'tests/site/, the fixture site in Chromium',
    command: ['npx', 'playwright', 'test', '--project=site'],
    needsBuild: false,
  },
  {
    name: 'pages',
    what: 'tests/pages/, every page of dist/',
    command: ['npx', 'playwright', 'test', '--project=pages'],
    needsBuild: true,
  },
  {
    name: 'aks',
    what: 'tests/aks/, the AKS FAQ in dist/',
    command: ['npx', 'playwright', 'test', '--project=aks'],
    needsBuild: true,
  },
];

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !steps.some((step) => step.name === name));
if (unknown.length > 0) {
  console.error(
    `No test layer called ${unknown.join(', ')}. The layers are: ${steps.map((step) => step.name).join(', ')}.`,
  );
  process.exit(2);
}
const chosen = steps.filter(
  (step) =>
    asked.length === 0 ||
    asked.includes(step.name) ||
    (step.name === 'dist' && steps.some((s) => s.needsBuild && asked.includes(s.name))),
);

const results: { step: Step; seconds?: number; passed?: boolean }[] = [];
const started = performance.now();
for (const step of chosen) {
  const buildFailed = results.some((result) => result.step.name === 'dist' && !result.passed);
  if (step.needsBuild && buildFailed) {
    results.push({ step });
    continue;
  }
  console.log(`\n=== ${step.name}: ${step.what}\n`);
  const begin = performance.now();
  const { status } = spawnSync(step.command[0]!, step.command.slice(1), { stdio: 'inherit' });
  results.push({ step, seconds: (performance.now() - begin) / 1000, passed: status === 0 });
}

const rows = results.map(
  ({ step, seconds, passed }) =>
    `  ${step.name.padEnd(6)} ${step.what.padEnd(42)} ${seconds === undefined ? '     -' : `${seconds.toFixed(1).padStart(6)} s`}  ${passed === undefined ? 'not run: the build failed' : passed ? 'passed' : 'FAILED'}`,
);
const total = (performance.now() - started) / 1000;
console.log(`\nTest layers:\n${rows.join('\n')}\n  ${'total'.padEnd(49)} ${total.toFixed(1).padStart(6)} s`);
process.exit(results.every((result) => result.passed) ? 0 : 1);
