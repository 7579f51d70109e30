import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { availableParallelism } from 'node:os';
import { chromiumLaunchOptions, testChromiumPath } from './tests/support/chromium.ts';
import { builtSite, fixtureSite, basePathSite } from './tests/support/servers.ts';

// The three browser layers of the suite (README, "Tests"), one project each, in one run that starts each site
// once; the first server of a layer is its baseURL. The pages layer serves the build folders it checks itself
// (tests/support/built-sites.ts), as each host would.
const layers = [
  { name: 'site', testDir: 'tests/site', servers: [fixtureSite, basePathSite] },
  { name: 'pages', testDir: 'tests/pages', servers: [] },
  { name: 'aks', testDir: 'tests/aks', servers: [builtSite] },
];

/** The layers this run asks for: by --project, else by the test files named, else all of them. */
function requestedLayers() {
  const args = process.argv.slice(2);
  const projects = args.flatMap((arg, i) =>
    arg.startsWith('--project=') ? [arg.slice(10)] : args[i - 1] === '--project' ? [arg] : [],
  );
  if (projects.length > 0) return layers.filter((layer) => projects.includes(layer.name));
  const named = layers.filter((layer) =>
    args.some((arg) => arg.startsWith(layer.testDir) || arg.startsWith(`./${layer.testDir}`)),
  );
  return named.length > 0 ? named : layers;
}

const servers = [...new Set(requestedLayers().flatMap((layer) => layer.servers))];

export default defineConfig({
  fullyParallel: true,
  workers: availableParallelism(),
  // No retries, in CI or not: a test that needs one is a test to fix.
  retries: 0,
  // How long an expectation waits for the page to reach its state. The browser run shares the machine with the
  // build layer, and a first search (Pagefind, its WebAssembly, the lexicon) can take seconds on a busy one.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./tests/support/timing-reporter.ts']],
  // No trace: recording one for every test, to keep those of the failures, costs the browser as much work as a
  // good part of the tests themselves. A failed test leaves its page's accessibility snapshot and a screenshot;
  // `npx playwright test --trace on <file>` records a trace when one is needed.
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects: layers.map(({ name, testDir, servers: [server] }) => ({
    name,
    testDir,
    use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions(testChromiumPath), baseURL: server?.url },
  })),
  webServer: servers.map((server) => server.webServer) satisfies PlaywrightTestConfig['webServer'],
});
