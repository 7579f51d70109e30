import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { startAstro } from '../../src/cli/astro.ts';
import { syncFolder } from '../../src/upstream/sync-folder-fs.ts';
import { browserMisses } from '../support/browser-landing.ts';
import { serveAsHost } from '../support/host-server.ts';
import { projectCopy } from '../support/project-copy.ts';
import { outsideVitest } from '../support/shell-env.ts';
import { landingProblem, readBuiltSite, workingUrls, type Landing } from '../support/url-landing.ts';

// Done when: the AKS FAQ's 15 upstream versions replayed from the first, a build after each sync, and every
// URL that worked at any step (permalinks, section anchors, aliases, Learn-style anchors of every wording)
// still landing on its question, or on its removal page, with and without JavaScript. The built files are
// checked after every step; the browser follows every URL once, at the end, in one session.
const UPSTREAM = resolve('tests/fixtures/upstream/aks-faq');
const work = mkdtempSync(join(tmpdir(), 'faq-replay-'));
const content = join(work, 'content');
const out = join(work, 'dist');
// Its own copy of the project (and so its own .astro/), so its fifteen builds need no turn at the checkout's
// Astro lock and run beside the other build tests.
const project = projectCopy();

/** `astro build` of the content into `out`, started as a shell would (without Vitest's NODE_ENV and variables). */
async function astroBuild() {
  const env = { ...outsideVitest(), FAQ_CONTENT_DIR: content };
  const astro = startAstro(['build', '--outDir', out], { cwd: project, env });
  let output = '';
  for (const stream of [astro.stdout, astro.stderr]) stream?.on('data', (chunk: Buffer) => (output += chunk));
  const status = await new Promise<number | null>((done) => astro.on('close', done));
  return { status, output };
}

it('replays the 15 upstream versions: each builds, and every URL that ever worked still lands', async () => {
  const worked = new Map<string, Landing & { since: string }>();
  const versions = readdirSync(UPSTREAM).toSorted();
  expect(versions).toHaveLength(15);
  for (const [i, version] of versions.entries()) {
    const resolutions = { keep: new Set<string>(), take: new Set<string>() };
    const source = i === 0 ? { source: 'https://learn.microsoft.com/azure/aks/faq' } : {};
    expect(syncFolder(join(UPSTREAM, version), content, { resolutions, ...source }).report.conflicts).toEqual([]);
    const build = await astroBuild();
    expect(build.status, `${version}\n${build.output}`).toBe(0);

    const site = readBuiltSite(out);
    for (const [url, landing] of workingUrls(site))
      if (!worked.has(url)) worked.set(url, { ...landing, since: version });
    const problems = [...worked].flatMap(([url, landing]) =>
      [false, true]
        .filter((javaScript) => javaScript || landing.withoutJavaScript)
        .map((javaScript) => landingProblem(site, url, landing, javaScript))
        .filter(Boolean)
        .map((problem) => `${version}: ${problem} (working since ${landing.since})`),
    );
    expect(problems).toEqual([]);
  }

  const site = readBuiltSite(out);
  const sections = new Set([...site.homes.values()].map((home) => home.split('#')[0]));
  expect([site.homes.size, sections.size]).toEqual([53, 8]);
  // Among them: a moved question's old section anchor, and the Learn-style anchors of earlier wordings, on
  // the question's own section page and from the home page.
  expect([...worked.keys()]).toEqual(
    expect.arrayContaining([
      '/support/#run-windows-server',
      '/operations/#can-i-movemigrate-my-cluster-between-azure-tenants',
      '/#can-i-move-migrate-my-cluster-between-azure-tenants-',
      '/#can-i-move-or-migrate-my-cluster-to-another-vnet-',
    ]),
  );
  const server = await serveAsHost(out, 'netlify');
  try {
    expect(await browserMisses(server.url, site, worked)).toEqual([]);
  } finally {
    await server.close();
  }
});
