import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import { desktopChromium } from './tests/support/chromium.ts';
import { basePathSite, builtSite, fixtureSite } from './tests/support/servers.ts';

// The three browser layers of the suite (README, "Tests"), each against the sites it needs; the first is its baseURL.
const layers = [
  { name: 'site', testDir: 'tests/site', servers: [fixtureSite, basePathSite] },
  { name: 'pages', testDir: 'tests/pages', servers: [builtSite] },
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
  workers: 2,
  // No retries, in CI or not: a test that needs one is a test to fix.
  retries: 0,
  reporter: [['list'], ['./tests/support/timing-reporter.ts']],
  use: { trace: 'retain-on-failure' },
  projects: layers.map(({ name, testDir, servers: [server] }) => ({
    name,
    testDir,
    use: { ...desktopChromium, baseURL: server!.url },
  })),
  webServer: servers.map((server) => server.webServer) satisfies PlaywrightTestConfig['webServer'],
});
