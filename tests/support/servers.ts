/** The sites the browser tests run against, each served on its own port: E2E_PORT (4321 by default) and the next two. */
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

/** tests/fixtures/site, built for the site layer: a small FAQ with every mechanism of the site to try. */
export const fixtureSite = {
  contentDir: 'tests/fixtures/site',
  url: origin(port + 1),
  webServer: {
    command: `npx node tests/support/build-site.ts tests/fixtures/site .fixture-dist/site && npx astro preview --outDir .fixture-dist/site --host 127.0.0.1 --port ${port + 1} --ignore-lock`,
    env: { FAQ_CONTENT_DIR: 'tests/fixtures/site', ASTRO_TELEMETRY_DISABLED: '1' },
    url: `${origin(port + 1)}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
};

const basePathPort = port + 2;
const base = '/aks-faq/';
/** What the base-path build is given: SITE_URL and BASE_PATH, as the GitHub Pages workflow sets them. */
const basePathEnv = { SITE_URL: 'https://owner.github.io', BASE_PATH: base };

/** tests/fixtures/site built for a host that serves it under a path, as a GitHub Pages project site is, and served under it. */
export const basePathSite = {
  contentDir: 'tests/fixtures/site',
  outDir: '.fixture-dist/base-path',
  env: basePathEnv,
  /** The host in the fixture's site.json, which the build must not write anywhere. */
  placeholderHost: 'faq.example.org',
  base,
  origin: origin(basePathPort),
  url: `${origin(basePathPort)}${base}`,
  webServer: {
    command: `npx node tests/support/build-site.ts tests/fixtures/site .fixture-dist/base-path && npx astro preview --outDir .fixture-dist/base-path --host 127.0.0.1 --port ${basePathPort} --ignore-lock`,
    env: { FAQ_CONTENT_DIR: 'tests/fixtures/site', ASTRO_TELEMETRY_DISABLED: '1', ...basePathEnv },
    url: `${origin(basePathPort)}${base}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
};
