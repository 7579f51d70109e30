/**
 * The sites the browser tests run against, each served on its own port: E2E_PORT (4321 by default) and the next
 * two. (The pages layer serves the build folders it checks itself: tests/support/built-sites.ts.)
 */
const port = Number(process.env.E2E_PORT ?? 4321);
const origin = (at: number) => `http://127.0.0.1:${at}`;

/** The ports the browser tests serve their sites on, which must be free when they start. */
export const testPorts = [port, port + 1, port + 2];

/** The site built from content/ into dist/ by `npm run build`: the AKS layer checks it. */
export const builtSite = {
  url: origin(port),
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `${origin(port)}/`,
    // Never a server that was already running: it could serve another checkout's build.
    reuseExistingServer: false,
  },
};

const fixtureContent = 'tests/fixtures/site';
const base = '/aks-faq/';
/** What the base-path build is given: SITE_URL and BASE_PATH, as the GitHub Pages workflow sets them. */
const basePathEnv = { SITE_URL: 'https://owner.github.io', BASE_PATH: base };

/** The builds of tests/fixtures/site the site layer needs, which tests/support/build-fixture-sites.ts makes. */
export const fixtureBuilds = {
  site: { contentDir: fixtureContent, outDir: '.fixture-dist/site', env: {} },
  'base-path': { contentDir: fixtureContent, outDir: '.fixture-dist/base-path', env: basePathEnv },
};
type FixtureBuild = keyof typeof fixtureBuilds;

/**
 * The web server of a fixture build, served at `path`: it builds the site first, unless FIXTURE_SITES_BUILT says
 * that npm test has just built them all (tests/run.ts builds them while other layers run).
 */
const fixtureServer = (name: FixtureBuild, at: number, path: string) => {
  const { outDir, env } = fixtureBuilds[name];
  const build = process.env.FIXTURE_SITES_BUILT ? '' : `npx node tests/support/build-fixture-sites.ts ${name} && `;
  return {
    command: `${build}npx astro preview --outDir ${outDir} --host 127.0.0.1 --port ${at} --ignore-lock`,
    env: { FAQ_CONTENT_DIR: fixtureContent, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    url: `${origin(at)}${path}`,
    reuseExistingServer: false,
    timeout: 180_000,
  };
};

/** tests/fixtures/site, built for the site layer: a small FAQ with every mechanism of the site to try. */
export const fixtureSite = {
  contentDir: fixtureContent,
  url: origin(port + 1),
  webServer: fixtureServer('site', port + 1, '/'),
};

const basePathPort = port + 2;
/** tests/fixtures/site built for a host that serves it under a path, as a GitHub Pages project site is. */
export const basePathSite = {
  contentDir: fixtureContent,
  outDir: fixtureBuilds['base-path'].outDir,
  env: basePathEnv,
  /** The host in the fixture's site.json, which the build must not write anywhere. */
  placeholderHost: 'faq.example.org',
  base,
  origin: origin(basePathPort),
  url: `${origin(basePathPort)}${base}`,
  webServer: fixtureServer('base-path', basePathPort, base),
};
