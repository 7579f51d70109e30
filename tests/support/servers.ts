/**
 * The sites the browser tests run against, each served on its own port: E2E_PORT (4321 by default) and the next two.
 */
const port = Number(process.env.E2E_PORT ?? 4321);
const origin = (at: number) => `http://127.0.0.1:${at}`;

/** The site built from content/ into dist/ by `npm run build`: the pages and AKS layers check it. */
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

/**
 * The web server of a build of the fixture content into `outDir`, with `env` given to the build and the server, served
 * at `path`.
 */
const fixtureServer = (outDir: string, at: number, env: Record<string, string>, path: string, timeout: number) => ({
  command: `npx node tests/support/build-site.ts ${fixtureContent} ${outDir} && npx astro preview --outDir ${outDir} --host 127.0.0.1 --port ${at} --ignore-lock`,
  env: { FAQ_CONTENT_DIR: fixtureContent, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  url: `${origin(at)}${path}`,
  reuseExistingServer: false,
  timeout,
});

/** tests/fixtures/site, built for the site layer: a small FAQ with every mechanism of the site to try. */
export const fixtureSite = {
  contentDir: fixtureContent,
  url: origin(port + 1),
  webServer: fixtureServer('.fixture-dist/site', port + 1, {}, '/', 120_000),
};

const basePathPort = port + 2;
const base = '/aks-faq/';
/** What the base-path build is given: SITE_URL and BASE_PATH, as the GitHub Pages workflow sets them. */
const basePathEnv = { SITE_URL: 'https://owner.github.io', BASE_PATH: base };

/**
 * tests/fixtures/site built for a host that serves it under a path, as a GitHub Pages project site is, and served under
 * it.
 */
export const basePathSite = {
  contentDir: fixtureContent,
  outDir: '.fixture-dist/base-path',
  env: basePathEnv,
  /** The host in the fixture's site.json, which the build must not write anywhere. */
  placeholderHost: 'faq.example.org',
  base,
  origin: origin(basePathPort),
  url: `${origin(basePathPort)}${base}`,
  webServer: fixtureServer('.fixture-dist/base-path', basePathPort, basePathEnv, base, 180_000),
};
