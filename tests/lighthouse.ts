// npm run lighthouse [-- --dist <folder>] [paths…] — Lighthouse (mobile) on the built site, served locally,
// in the machine's Chromium. Prints the four category scores per page; exits 1 if any is below 95.
// A check for CI (.ci/run), not part of npm test: it takes a while.
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startAstro } from '../src/cli/astro.ts';
import { chromiumFlags, chromiumPath } from './support/chromium.ts';

const THRESHOLD = 95;
const { values, positionals } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4399' } },
  allowPositionals: true,
});
const paths = positionals.length > 0 ? positionals : ['/', '/operations/'];
const origin = `http://127.0.0.1:${values.port}`;

const server = startAstro(
  ['preview', '--outDir', values.dist, '--host', '127.0.0.1', '--port', values.port, '--ignore-lock'],
  { stdio: 'ignore' },
);
const chrome = await launch({
  ...(chromiumPath ? { chromePath: chromiumPath } : {}),
  chromeFlags: ['--headless=new', ...chromiumFlags],
});

/** Whether the preview server answers yet. */
const serving = () =>
  fetch(origin).then(
    (response) => response.ok,
    () => false,
  );

let failed = false;
try {
  const deadline = Date.now() + 30_000;
  while (!(await serving())) {
    if (Date.now() > deadline) throw new Error(`The preview server did not answer at ${origin} within 30 s.`);
    await new Promise((retry) => setTimeout(retry, 200));
  }
  console.log('| page | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- |');
  for (const path of paths) {
    const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const categories = result?.lhr.categories ?? {};
    const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((id) =>
      Math.round((categories[id]?.score ?? 0) * 100),
    );
    failed ||= scores.some((score) => score < THRESHOLD);
    console.log(`| ${path} | ${scores.join(' | ')} |`);
  }
} finally {
  await chrome.kill();
  server.kill();
}
if (failed) {
  console.error(`\nA score is below ${THRESHOLD}.`);
  process.exit(1);
}
