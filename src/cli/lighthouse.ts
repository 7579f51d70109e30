// npm run lighthouse [-- --dist <folder>] [paths…] — Lighthouse (mobile) on the built site, served locally,
// in the machine's Chromium. Prints the four category scores per page; exits 1 if any is below 95.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const THRESHOLD = 95;
const { values, positionals } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4399' } },
  allowPositionals: true,
});
const paths = positionals.length > 0 ? positionals : ['/', '/operations/'];
const origin = `http://127.0.0.1:${values.port}`;

process.env['CHROME_PATH'] ??=
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// Astro's own bin on this Node: `npx` would leave the server orphaned.
const server = spawn(
  process.execPath,
  [
    resolve('node_modules/astro/bin/astro.mjs'),
    'preview',
    '--outDir',
    values.dist,
    '--host',
    '127.0.0.1',
    '--port',
    values.port,
    '--ignore-lock',
  ],
  { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
const chrome = await launch({
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

let failed = false;
try {
  for (
    let i = 0;
    i < 50 &&
    !(await fetch(origin).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  )
    await new Promise((r) => setTimeout(r, 200));
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
