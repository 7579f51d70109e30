import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { parse, ELEMENT_NODE, walkSync } from 'ultrahtml';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { acquireAstroLock } from '../support/astro-lock.ts';
import { contentWith } from '../support/content-copy.ts';

// The build writes the /q/ pages without Astro (src/integrations/permalinks.ts); the dev server must serve
// the same pages, or every permalink a writer tries while writing would be a 404.
const dir = contentWith();
const siteUrl = (JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as { url: string }).url;
let origin = '';
let server: ReturnType<typeof spawn> | undefined;
let log = '';
let release = () => {};

const outsideVitest = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && name !== 'TEST' && !name.startsWith('VITEST')));

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

/** The attributes of every element of a page with the given tag name. */
function elements(html: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  walkSync(parse(html), (node) => {
    if (node.type === ELEMENT_NODE && node.name === name) found.push(node.attributes);
  });
  return found;
}

beforeAll(async () => {
  release = await acquireAstroLock();
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...outsideVitest(), FAQ_CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  for (let attempt = 0; attempt < 300; attempt++) {
    if ((await fetch(`${origin}/alpha/`).catch(() => undefined))?.ok) return;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`The dev server did not start:\n${log}`);
}, 300_000);

afterAll(async () => {
  const exited = new Promise((done) => server?.once('exit', done));
  server?.kill();
  await exited;
  release();
});

it('npm run dev serves the permalink page of every question id and alias, and the page of a retired id', async () => {
  for (const [id, target] of [
    ['moved', '/beta/#moved'],
    ['renamed', '/alpha/#renamed'],
    ['old-name', '/alpha/#renamed'],
  ]) {
    const response = await fetch(`${origin}/q/${id}/`);
    expect(response.status, id).toBe(200);
    const html = await response.text();
    expect(elements(html, 'link').find((link) => link['rel'] === 'canonical')?.['href'], id).toBe(`${siteUrl}${target}`);
    expect(elements(html, 'meta').find((meta) => meta['http-equiv'] === 'refresh')?.['content'], id).toBe(`0; url=${target}`);
  }
  const retired = await fetch(`${origin}/q/gone/`);
  expect(retired.status).toBe(200);
  expect(await retired.text()).toContain('This question was removed');
  expect((await fetch(`${origin}/q/never-existed/`)).status).toBe(404);
}, 120_000);
