import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { attribute, byTag, findAll, parsePage } from '../support/html.ts';
import { contentWith } from '../support/content-copy.ts';
import { question, section } from '../support/mistakes.ts';
import { projectCopy } from '../support/project-copy.ts';
import { outsideVitest } from '../support/shell-env.ts';

// The server runs in a copy of the project, whose public/ a test adds a file to, under a base path as forks serve it.
const project = projectCopy();
const dir = contentWith();
const siteUrl = (JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as { url: string }).url;
const base = '/docs/faq';
let origin = '';
let server: ChildProcess | undefined;
let log = '';

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

/** The page, asked again until `expectations` pass on it (the dev server reloads content in the background). */
const pageWhen = (path: string, expectations: (page: { status: number; body: string }) => void, timeout = 60_000) =>
  vi.waitFor(
    async () => {
      const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(10_000) });
      const page = { status: response.status, body: await response.text() };
      expectations(page);
      return page;
    },
    { timeout, interval: 200 },
  );

/** Waits until Astro's content layer has written `expectations` into one of its files in .astro/. */
const contentLayerWhen = (file: string, expectations: (text: string) => void) =>
  vi.waitFor(() => expectations(readFileSync(join(project, '.astro', file), 'utf8')), {
    timeout: 60_000,
    interval: 100,
  });

/** The messages the dev server sends from now on to the pages it serves, over the socket of Vite's client. */
async function pageMessages(): Promise<{ types: string[]; close: () => void }> {
  // Vite's client and its socket are at the server's root, whatever the site's base path.
  const root = new URL(origin).origin;
  const client = await (await fetch(`${root}/@vite/client`)).text();
  const token = /const wsToken = "([^"]+)"/.exec(client)?.[1];
  const socket = new WebSocket(`${root.replace('http', 'ws')}/?token=${token}`, 'vite-hmr');
  const types: string[] = [];
  socket.addEventListener('message', ({ data }) => types.push((JSON.parse(String(data)) as { type: string }).type));
  await vi.waitFor(() => expect(types).toContain('connected'), { timeout: 30_000 });
  return { types, close: () => socket.close() };
}

beforeAll(async () => {
  const port = await freePort();
  // Every request below goes through the base path.
  origin = `http://127.0.0.1:${port}${base}`;
  // npm run dev, as the writer starts it.
  server = spawn(process.execPath, ['src/cli/dev.ts', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project,
    env: { ...outsideVitest(), FAQ_CONTENT_DIR: dir, BASE_PATH: `${base}/`, NO_COLOR: '1' },
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  // The first page a dev server renders waits for Vite to prepare every dependency: minutes on a busy machine.
  await pageWhen('/alpha/', ({ status }) => expect(status, log).toBe(200), 240_000);
}, 300_000);

afterAll(async () => {
  const exited = new Promise((done) => server?.once('exit', done));
  server?.kill();
  await exited;
});

// The build writes the /q/ pages without Astro (src/integrations/permalinks.ts); the dev server must serve
// the same pages, or every permalink a writer tries while writing would be a 404.
it('npm run dev serves the permalink page of every question id and alias, and the page of a retired id', async () => {
  for (const [id, target] of [
    ['moved', '/beta/#moved'],
    ['renamed', '/alpha/#renamed'],
    ['old-name', '/alpha/#renamed'],
  ]) {
    const response = await fetch(`${origin}/q/${id}/`);
    expect(response.status, id).toBe(200);
    const page = parsePage(await response.text());
    expect(
      findAll(page, byTag('link'))
        .map((link) => attribute(link, 'rel') === 'canonical' && attribute(link, 'href'))
        .find(Boolean),
      id,
    ).toBe(`${siteUrl}${base}${target}`);
    expect(
      findAll(page, byTag('meta'))
        .map((meta) => attribute(meta, 'httpEquiv') === 'refresh' && attribute(meta, 'content'))
        .find(Boolean),
      id,
    ).toBe(`0; url=${base}${target}`);
  }
  const retired = await fetch(`${origin}/q/gone/`);
  expect(retired.status).toBe(200);
  expect(await retired.text()).toContain('This question was removed');
  expect((await fetch(`${origin}/q/never-existed/`)).status).toBe(404);
}, 120_000);

it('npm run dev serves the pages of retired sections: a redirect to the section in its place, or a removal page', async () => {
  const moved = await fetch(`${origin}/pools/`);
  expect(moved.status).toBe(200);
  const refresh = findAll(parsePage(await moved.text()), byTag('meta'))
    .map((meta) => attribute(meta, 'httpEquiv') === 'refresh' && attribute(meta, 'content'))
    .find(Boolean);
  expect(refresh).toBe(`0; url=${base}/beta/`);
  const removed = await fetch(`${origin}/freezing/`);
  expect(removed.status).toBe(200);
  expect(await removed.text()).toContain('This section was removed');
});

it('npm run dev reports a mistake through the gate, in its log and as the error page, and recovers', async () => {
  const file = join(dir, 'questions/reworded.md');
  writeFileSync(file, question('question: "How?"', '[Click here](javascript:alert(1))'));
  // The page is Astro's error page, whose overlay shows the message sent over the dev server's socket.
  await pageWhen('/alpha/', ({ status, body }) => {
    // The dev server's log says whether its watcher saw the save and what the gate reported.
    expect(status, log).toBe(500);
    expect(body).toContain('<title>ContentError</title>');
  });
  expect(log).toContain('questions/reworded.md:5\n  The link "javascript:alert(1)" uses the javascript: scheme');

  writeFileSync(file, question('question: "How does a pod reach the API server?"', 'Through the FQDN.'));
  await pageWhen('/alpha/', ({ status, body }) => {
    expect(status).toBe(200);
    expect(body).toContain('How does a pod reach the API server?');
    expect(body).toContain('Through the FQDN.');
  });
}, 300_000);

it('npm run dev clears an image error as soon as the image is added to public/', async () => {
  const file = join(dir, 'questions/time-sync.md');
  writeFileSync(
    file,
    question('question: "How are the clocks kept in time?"', '![A diagram of the clocks](/clocks.png)'),
  );
  await pageWhen('/alpha/', ({ status }) => expect(status, log).toBe(500));
  expect(log).toContain('The image "/clocks.png" does not exist');

  // The page open on the error hears of the image, and reloads; then once more when the image is replaced.
  const page = await pageMessages();
  // The smallest PNG there is: one transparent pixel.
  const pixel = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  );
  writeFileSync(join(project, 'public/clocks.png'), pixel);
  await vi.waitFor(() => expect(page.types).toContain('full-reload'), { timeout: 30_000 });
  await pageWhen('/alpha/', ({ status, body }) => {
    expect(status, log).toBe(200);
    expect(body).toContain('How are the clocks kept in time?');
  });
  const reloads = page.types.filter((type) => type === 'full-reload').length;
  writeFileSync(join(project, 'public/clocks.png'), readFileSync('tests/fixtures/images/pixel.png'));
  await vi.waitFor(() => expect(page.types.filter((type) => type === 'full-reload').length).toBeGreaterThan(reloads), {
    timeout: 30_000,
  });
  page.close();
}, 300_000);

it('npm run dev follows a question file renamed between .md and .mdx, as its own fix says and back', async () => {
  const questions = join(dir, 'questions');
  renameSync(join(questions, 'system-pools.mdx'), join(questions, 'system-pools.md'));
  try {
    await pageWhen('/beta/', ({ status }) => expect(status, log).toBe(500));
    expect(log).toContain('Rename the file to system-pools.mdx.');
    // Astro's store has taken the rename in: the entry is the .md file's, or (as it was) none.
    await contentLayerWhen('data-store.json', (store) => expect(store).not.toContain('questions/system-pools.mdx'));
  } finally {
    renameSync(join(questions, 'system-pools.md'), join(questions, 'system-pools.mdx'));
  }
  for (const path of ['/beta/', '/all/'])
    await pageWhen(path, ({ status, body }) => {
      expect(status, log).toBe(200);
      expect(body).toContain('A cluster needs at least one system node pool');
    });

  // A file renamed as it is: its edit link names the file by its new name.
  renameSync(join(questions, 'node-pool-upgrades.md'), join(questions, 'node-pool-upgrades.mdx'));
  await pageWhen('/beta/', ({ status, body }) => {
    expect(status, log).toBe(200);
    expect(body).toContain('/edit/main/content/questions/node-pool-upgrades.mdx');
  });
  await pageWhen('/all/', ({ status }) => expect(status, log).toBe(200));
}, 300_000);

it('npm run check of another folder leaves a running dev server of its own content alone', async () => {
  // An answer with a component inside a list is a module of its own, which the dev server imports through .astro/,
  // where the check's type check writes the collections' modules.
  writeFileSync(
    join(dir, 'questions/nested.mdx'),
    question('question: "Can a note stand in a list?"', '- First step.\n\n  <Note>\n  Inside the list.\n  </Note>'),
  );
  writeFileSync(
    join(dir, 'sections/beta.md'),
    section('Beta', 2, ['moved', 'node-pool-upgrades', 'system-pools', 'nested']),
  );
  await pageWhen('/beta/', ({ status, body }) => {
    expect(status, log).toBe(200);
    expect(body).toContain('Inside the list.');
  });
  const check = spawnSync(process.execPath, ['src/cli/check.ts', '--content', contentWith()], {
    cwd: project,
    env: { ...outsideVitest(), FAQ_CONTENT_DIR: dir, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  // A save the dev server shows has come after every change the check made; then the page with an MDX answer renders.
  writeFileSync(join(dir, 'questions/reworded.md'), question('question: "Is the dev server still fine?"', 'Yes.'));
  await pageWhen('/alpha/', ({ body }) => expect(body).toContain('Is the dev server still fine?'));
  const page = await fetch(`${origin}/beta/`);
  expect(page.status, log).toBe(200);
  expect(await page.text()).toContain('Inside the list.');
}, 300_000);

it('npm run dev shows a change to site.json without being restarted by hand', async () => {
  const file = join(dir, 'site.json');
  const settings = readFileSync(file, 'utf8');
  writeFileSync(file, settings.replace(/"title": "[^"]*"/, '"title": "Renamed FAQ"'));
  await pageWhen('/', ({ status, body }) => {
    expect(status, log).toBe(200);
    expect(body).toContain('<title>Renamed FAQ</title>');
  });
  // The server started with the new settings still follows the content: a new section and its question.
  writeFileSync(join(dir, 'questions/fresh-start.md'), question('question: "Is this server fresh?"', 'Yes, it is.'));
  writeFileSync(join(dir, 'sections/fresh.md'), section('Fresh', 9, ['fresh-start']));
  await pageWhen('/fresh/', ({ status, body }) => {
    expect(status, log).toBe(200);
    expect(body).toContain('Is this server fresh?');
  });
  await pageWhen('/all/', ({ status, body }) => {
    expect(status, log).toBe(200);
    expect(body).toContain('Yes, it is.');
  });
}, 300_000);
