// npm test: every layer of the suite (README, "Tests"), each started as soon as what it needs is ready, the
// browser layers in one Playwright run; then how long each took. `npm test -- site aks` runs only the layers
// named, and what they need. `npm run test:quick` (--quick) is the inner loop: no browser, under half a minute.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { testPorts } from './support/servers.ts';

interface Step {
  name: string;
  /** What it runs, for the summary. */
  what: string;
  command: string[];
  /** Steps that must pass before it starts. */
  needs?: string[];
  /**
   * Steps that must end, passed or not, before it starts: Astro runs one at a time in a checkout
   * (tests/support/astro-lock.ts), so the builds the browser run waits for go first.
   */
  after?: string[];
  env?: Record<string, string>;
}

const browserLayers = ['site', 'pages', 'aks'];
const layers = ['lint', 'unit', 'build', ...browserLayers];

/** The steps of the layers asked for (all when none is), and the builds they need. */
function suite(asked: string[]): Step[] {
  const chosen = asked.length > 0 ? asked : layers;
  const browser = browserLayers.filter((layer) => chosen.includes(layer));
  const steps: (Step | false)[] = [
    chosen.includes('lint') && {
      name: 'lint',
      what: 'eslint, prettier --check',
      command: ['npm', 'run', '--silent', 'lint'],
    },
    chosen.includes('lint') && {
      name: 'types',
      what: 'tsc --noEmit: src/, tests/, bench/, strict',
      command: ['npx', 'tsc', '--noEmit'],
      // The types of astro:content that the build has written to .astro/.
      needs: ['dist'],
    },
    chosen.includes('unit') && {
      name: 'unit',
      what: 'tests/unit/, tests/contract/, in process',
      command: ['npx', 'vitest', 'run', '--project', 'unit', '--project', 'contract'],
    },
    (chosen.includes('lint') || browser.some((layer) => layer !== 'site')) && {
      name: 'dist',
      what: `npm run build: ${process.env.FAQ_CONTENT_DIR ?? 'content'}/ into dist/`,
      command: ['npm', 'run', '--silent', 'build'],
    },
    browser.includes('site') && {
      name: 'fixtures',
      what: 'tests/fixtures/site built at / and under a path',
      command: ['npx', 'node', 'tests/support/build-fixture-sites.ts'],
      after: ['dist'],
    },
    chosen.includes('build') && {
      name: 'build',
      what: 'tests/build/, Astro on fixture content',
      command: ['npx', 'vitest', 'run', '--project', 'build'],
      after: ['dist', 'fixtures'],
    },
    browser.length > 0 && {
      name: 'browser',
      what: `tests/${browser.join(', tests/')}/ in Chromium`,
      command: ['npx', 'playwright', 'test', ...browser.map((layer) => `--project=${layer}`)],
      needs: [
        ...(browser.includes('site') ? ['fixtures'] : []),
        ...(browser.some((layer) => layer !== 'site') ? ['dist'] : []),
      ],
      env: browser.includes('site') ? { FIXTURE_SITES_BUILT: '1' } : {},
    },
  ];
  return steps.filter((step) => step !== false);
}

/** The inner loop: the content gate on content/, the unit tests, and one build of fixture content. */
const quick: Step[] = [
  {
    name: 'content',
    what: 'npm run check -- --content-only',
    command: ['npm', 'run', '--silent', 'check', '--', '--content-only'],
  },
  {
    name: 'unit',
    what: 'tests/unit/, tests/contract/, in process',
    command: ['npx', 'vitest', 'run', '--project', 'unit', '--project', 'contract'],
  },
  {
    name: 'build',
    what: 'one build of fixture content',
    command: ['npx', 'vitest', 'run', '--project', 'build', 'tests/build/fixture-build.test.ts'],
  },
];

const args = process.argv.slice(2);
const asked = args.filter((arg) => arg !== '--quick');
const unknown = asked.filter((name) => !layers.includes(name));
if (unknown.length > 0) {
  console.error(`No test layer called ${unknown.join(', ')}. The layers are: ${layers.join(', ')}.`);
  process.exit(2);
}
const steps = args.includes('--quick') ? quick : suite(asked);

/** Whether nothing listens on the port yet (the test servers listen on 127.0.0.1). */
const isFree = (port: number) =>
  new Promise<boolean>((answer) => {
    const probe = createServer()
      .once('error', () => answer(false))
      .once('listening', () => probe.close(() => answer(true)))
      .listen(port, '127.0.0.1');
  });
// The browser tests never reuse a server already running (it could serve another build): one left on their ports,
// such as the README's `npm start`, would fail them after every other layer has run.
if (steps.some((step) => step.name === 'browser')) {
  const taken = (await Promise.all(testPorts.map(async (port) => ((await isFree(port)) ? [] : [port])))).flat();
  if (taken.length > 0) {
    console.error(
      `Port ${taken.join(' and ')} is in use, and the browser tests serve their sites on ports ` +
        `${testPorts[0]} to ${testPorts.at(-1)}. Stop what is running there (a server of npm start or ` +
        `npm run preview?), or run the tests on other ports: E2E_PORT=5321 npm test`,
    );
    process.exit(2);
  }
}

interface Outcome {
  seconds: number;
  /** Processor time of the step's processes, all cores added up (Linux only): the same on a busy machine. */
  cpu: number | undefined;
  passed: boolean;
}

/**
 * Processor seconds of the processes this one started and that have ended (Linux's /proc: cutime and cstime,
 * in clock ticks of 1/100 s), read as each step ends to tell what it used.
 */
function endedChildrenCpu(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}
const cpuAtStart = endedChildrenCpu();
let cpuSoFar = cpuAtStart;
const outcomes = new Map<string, Outcome | 'not run'>();
const running = new Set<string>();
const started = performance.now();
const load = () => loadavg()[0]!.toFixed(1);
const loadAtStart = load();

/** Runs a step with its output kept, and prints it whole when the step ends, so that steps at once do not mix. */
function run(step: Step): Promise<Outcome> {
  const begin = performance.now();
  console.log(`▸ ${step.name} started: ${step.what}`);
  return new Promise((done) => {
    const child = spawn(step.command[0]!, step.command.slice(1), {
      env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}), ...step.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    let cpu: number | undefined;
    child.on('exit', () => {
      const now = endedChildrenCpu();
      cpu = now !== undefined && cpuSoFar !== undefined ? now - cpuSoFar : undefined;
      cpuSoFar = now;
    });
    child.on('close', (code) => {
      const outcome = { seconds: (performance.now() - begin) / 1000, cpu, passed: code === 0 };
      const verdict = outcome.passed ? 'passed' : 'FAILED';
      console.log(`\n=== ${step.name}: ${step.what} (${outcome.seconds.toFixed(1)} s, ${verdict})\n`);
      process.stdout.write(Buffer.concat(output));
      done(outcome);
    });
  });
}

/** Starts every step whose turn has come; resolves when no step is left. */
async function schedule(): Promise<void> {
  const names = new Set(steps.map((step) => step.name));
  const ended = (name: string) => !names.has(name) || outcomes.has(name);
  const passed = (name: string) => !names.has(name) || (outcomes.get(name) as Outcome | undefined)?.passed === true;
  const pending = () => steps.filter((step) => !outcomes.has(step.name) && !running.has(step.name));
  let wake: () => void = () => {};
  while (pending().length > 0 || running.size > 0) {
    for (const step of pending()) {
      const waitsFor = [...(step.needs ?? []), ...(step.after ?? [])];
      if (!waitsFor.every(ended)) continue;
      if (!(step.needs ?? []).every(passed)) {
        outcomes.set(step.name, 'not run');
        continue;
      }
      running.add(step.name);
      void run(step).then((outcome) => {
        running.delete(step.name);
        outcomes.set(step.name, outcome);
        wake();
      });
    }
    if (running.size > 0) await new Promise<void>((resume) => (wake = resume));
  }
}

await schedule();
const seconds = (value: number | undefined, unit = 's') =>
  value === undefined ? ' '.repeat(8 + unit.length) : `${value.toFixed(1).padStart(7)} ${unit}`;
const row = (name: string, what: string, rest: string) => `  ${name.padEnd(9)}${what.padEnd(48)}${rest}`;
const rows = steps.map((step) => {
  const outcome = outcomes.get(step.name)!;
  if (outcome === 'not run') return row(step.name, step.what, 'not run: what it needs failed');
  const verdict = outcome.passed ? 'passed' : 'FAILED';
  return row(step.name, step.what, `${seconds(outcome.seconds)} ${seconds(outcome.cpu, 's cpu')}  ${verdict}`);
});
const cpuAtEnd = endedChildrenCpu();
const totalCpu = cpuAtEnd !== undefined && cpuAtStart !== undefined ? cpuAtEnd - cpuAtStart : undefined;
console.log(
  `\nTest layers, each started as soon as what it needs is ready (${availableParallelism()} cores; ` +
    `load average ${loadAtStart} at the start, ${load()} at the end):\n${rows.join('\n')}\n` +
    row('total', '', `${seconds((performance.now() - started) / 1000)} ${seconds(totalCpu, 's cpu')}`),
);
process.exit([...outcomes.values()].every((outcome) => outcome !== 'not run' && outcome.passed) ? 0 : 1);
