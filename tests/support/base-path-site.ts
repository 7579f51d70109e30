import { fixtureSite } from './fixture-site.ts';

/** The fixture site built for another host under a base path, as a GitHub Pages project site is, and served under it. */
const port = fixtureSite.port + 1;
const base = '/aks-faq/';

export const basePathSite = {
  contentDir: fixtureSite.contentDir,
  outDir: '.fixture-dist/base-path',
  /** What the build is given: SITE_URL and BASE_PATH, as the GitHub Pages workflow sets them. */
  env: { SITE_URL: 'https://owner.github.io', BASE_PATH: base },
  /** The host in the fixture's site.json, which the build must not write anywhere. */
  placeholderHost: 'faq.example.org',
  base,
  port,
  origin: `http://127.0.0.1:${port}`,
  url: `http://127.0.0.1:${port}${base}`,
};
