import type { LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { appendFileSync, cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';
import { afterEach, expect, it, vi } from 'vitest';
import config from '../../astro.config.mjs';
import { getFaq } from '../../src/faq/get-faq.ts';
import { markContentChanged } from '../../src/gate/content-report.ts';
import { contentLoader } from '../../src/loaders/content-loader.ts';
import { renderedBody } from '../../src/loaders/rendered-bodies.ts';
import { ContentError } from '../../src/pipeline/problems.ts';
import { contentWith } from '../support/content-copy.ts';
import { question, section } from '../support/mistakes.ts';

type Entry = Record<string, unknown> & { id: string };

// What the pages read of Astro's store: each collection's entries as Astro last wrote them to disk for the pages.
const written = vi.hoisted(() => ({ questions: new Map<string, Entry>(), sections: new Map<string, Entry>() }));
vi.mock('astro:content', () => ({
  getCollection: async (collection: keyof typeof written) =>
    [...written[collection].values()].map((entry) => ({ ...entry, collection })),
}));

/**
 * The parts of Astro's loader context the loader uses, around a plain store; `renderMarkdown` is the one to vary,
 * and a `watcher` makes it the dev server's.
 */
function context(
  renderMarkdown: LoaderContext['renderMarkdown'],
  entries = new Map<string, Entry>(),
  cacheDir = mkdtempSync(join(tmpdir(), 'faq-cache-')),
  root = process.cwd(),
  watcher?: EventEmitter,
) {
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => (entries.set(entry.id, entry), true),
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
    addModuleImport: () => {},
  };
  const logger = { error: () => {}, info: () => {}, warn: () => {} };
  const config = { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheDir}/`) };
  const generateDigest = (text: string) => createHash('sha1').update(text).digest('hex');
  return {
    entries,
    cacheDir,
    context: { store, logger, config, renderMarkdown, generateDigest, watcher } as unknown as LoaderContext,
  };
}

const rendered = async () => ({ html: '<p>ok</p>', metadata: { imagePaths: [] } });

afterEach(() => {
  delete process.env.FAQ_CONTENT_DIR;
});

const bodyOf = (entry: Entry | undefined) => renderedBody('questions', entry?.['digest'] as string | undefined);
const ok = { parts: [{ html: '<p>ok</p>' }] };

it("stores each answer with the schema's output: Markdown ones rendered, those with a component in parts, or as MDX modules where a component sits inside a list", async () => {
  process.env.FAQ_CONTENT_DIR = contentWith({
    'questions/moved.md': null,
    'questions/moved.mdx': question('question: "Resize?"\nupdated: 2026-01-02', 'Yes.\n\n<Note>\nNo.\n</Note>'),
    'questions/reworded.md': null,
    'questions/reworded.mdx': question('question: "How?"', '- One.\n\n  <Note>\n  In a list.\n  </Note>'),
  });
  const { entries, context: ctx } = context(rendered);
  await contentLoader('questions').load(ctx);
  expect([...entries.keys()].sort()).toEqual([
    'code-in-question',
    'html-in-question',
    'moved',
    'node-pool-upgrades',
    'plain-question',
    'quotes-in-question',
    'renamed',
    'reworded',
    'scale-to-zero',
    'system-pools',
    'time-sync',
    'upgrade-cluster',
  ]);
  expect(entries.get('renamed')).toMatchObject({
    data: { question: 'Which node image does a new pool use?', aliases: ['old-name'] },
  });
  expect(bodyOf(entries.get('renamed'))).toEqual(ok);
  expect(entries.get('moved')).toMatchObject({ data: { updated: new Date('2026-01-02T00:00:00Z') } });
  expect(entries.get('moved')).not.toHaveProperty('deferredRender');
  expect(bodyOf(entries.get('moved'))).toEqual({
    parts: [{ html: '<p>ok</p>' }, { component: 'Note', attributes: {}, html: '<p>ok</p>' }],
  });
  expect(entries.get('reworded')).toMatchObject({ deferredRender: true });
  expect(bodyOf(entries.get('reworded'))).toBeUndefined();
});

it("keeps the rendered answers outside Astro's store for the next build, and renders again the ones it no longer has", async () => {
  process.env.FAQ_CONTENT_DIR = contentWith();
  const first = context(rendered);
  await contentLoader('questions').load(first.context);
  expect(Object.values(Object.fromEntries(first.entries)).every((entry) => !('rendered' in entry))).toBe(true);

  // The next build: the same store and cache folder; the loader reads the cache from its file.
  const rendering: string[] = [];
  const renderAgain: LoaderContext['renderMarkdown'] = async (_body, options) => (
    rendering.push(options!.fileURL!.pathname),
    rendered()
  );
  await contentLoader('questions').load(context(renderAgain, first.entries, first.cacheDir).context);
  expect(rendering).toEqual([]);
  expect(bodyOf(first.entries.get('renamed'))).toEqual(ok);

  // Its file lost: every answer is rendered again rather than left empty.
  rmSync(join(first.cacheDir, 'rendered-questions.bin'));
  await contentLoader('questions').load(context(renderAgain, first.entries, first.cacheDir).context);
  expect(new Set(rendering).size).toBe([...first.entries.values()].filter((entry) => !entry['deferredRender']).length);
  expect(bodyOf(first.entries.get('renamed'))).toEqual(ok);
});

it('reports a rendering failure with the file and its real cause, not as a missing entry', async () => {
  process.env.FAQ_CONTENT_DIR = contentWith();
  const { context: ctx } = context(async (_body, options) => {
    if (options?.fileURL?.pathname.endsWith('/questions/moved.md')) throw new Error('Shiki has no grammar for "yml2"');
    return rendered();
  });
  const error = await contentLoader('questions')
    .load(ctx)
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ContentError);
  expect((error as ContentError).problems[0]).toMatchObject({
    file: expect.stringMatching(/questions\/moved\.md$/),
    message: 'The answer could not be rendered: Shiki has no grammar for "yml2"',
  });
});

it('refuses a file that has a problem of its own, naming it, when no gate ran before', async () => {
  process.env.FAQ_CONTENT_DIR = contentWith({ 'questions/reworded.md': question('questoin: "How?"') });
  const error = await contentLoader('questions')
    .load(context(rendered).context)
    .catch((caught: unknown) => caught);
  expect((error as ContentError).message).toContain('Unknown field "questoin". Did you mean "question"?');
});

it('renders every answer again when any code or dependency changes, not only the Markdown plugins', async () => {
  process.env.FAQ_CONTENT_DIR = contentWith();
  // A copy of what the rendered HTML depends on, to change: the code and the locked dependencies.
  const root = mkdtempSync(join(tmpdir(), 'faq-code-'));
  for (const file of ['src', 'astro.config.mjs', 'package-lock.json'])
    cpSync(file, join(root, file), { recursive: true });
  const rendering: string[] = [];
  const counting: LoaderContext['renderMarkdown'] = async (_body, options) => (
    rendering.push(options!.fileURL!.pathname),
    rendered()
  );
  const first = context(counting, undefined, undefined, root);
  await contentLoader('questions').load(first.context);
  const all = rendering.length;
  expect(all).toBeGreaterThan(0);
  const again = async () => {
    rendering.length = 0;
    await contentLoader('questions').load(context(counting, first.entries, first.cacheDir, root).context);
    return rendering.length;
  };
  expect(await again(), 'nothing changed').toBe(0);

  // src/urls/url-kind.ts decides which links the Markdown plugins mark as external; it is not in src/markdown/.
  appendFileSync(join(root, 'src/urls/url-kind.ts'), '\n// Changed.\n');
  expect(await again(), 'a module the Markdown plugins import changed').toBe(all);
  expect(await again(), 'nothing changed since').toBe(0);
  appendFileSync(join(root, 'package-lock.json'), '\n');
  expect(await again(), 'a locked dependency changed').toBe(all);
});

it('follows a file renamed between .md and .mdx in npm run dev, whose new name is reported before the old one goes', async () => {
  const questions = join((process.env.FAQ_CONTENT_DIR = contentWith()), 'questions');
  const watcher = new EventEmitter();
  const { entries, context: ctx } = context(rendered, undefined, undefined, undefined, watcher);
  await contentLoader('questions').load(ctx);
  // The order in which chokidar reports a rename.
  renameSync(join(questions, 'renamed.md'), join(questions, 'renamed.mdx'));
  watcher.emit('add', join(questions, 'renamed.mdx'));
  watcher.emit('unlink', join(questions, 'renamed.md'));
  await vi.waitFor(() =>
    expect(entries.get('renamed')).toMatchObject({ filePath: expect.stringMatching(/questions\/renamed\.mdx$/) }),
  );
});

it('keeps the last save of an answer in npm run dev when the save before it finishes rendering later', async () => {
  const file = join((process.env.FAQ_CONTENT_DIR = contentWith()), 'questions/reworded.md');
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  const renderMarkdown: LoaderContext['renderMarkdown'] = async (body) => {
    if (body.includes('First save.')) await held;
    return { html: `<p>${body.includes('First save.') ? 'first' : 'second'}</p>`, metadata: { imagePaths: [] } };
  };
  const watcher = new EventEmitter();
  const { entries, context: ctx } = context(renderMarkdown, undefined, undefined, undefined, watcher);
  await contentLoader('questions').load(ctx);
  writeFileSync(file, question('question: "How?"', 'First save.'));
  watcher.emit('change', file);
  writeFileSync(file, question('question: "How?"', 'The second save, moments later.'));
  watcher.emit('change', file);
  const second = { parts: [{ html: '<p>second</p>' }] };
  await vi.waitFor(() => expect(bodyOf(entries.get('reworded'))).toEqual(second));
  release();
  // Every continuation of the first save's render has run once the event loop comes round.
  await held;
  await new Promise(setImmediate);
  expect(bodyOf(entries.get('reworded'))).toEqual(second);
});

it('shows an answer in npm run dev when its save was read between the truncation and the write', async () => {
  const dir = (process.env.FAQ_CONTENT_DIR = contentWith());
  const file = join(dir, 'questions/reworded.md');
  // The dev server's watcher: Vite's, with the site's options, over the content folder.
  const vite = await createServer({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    server: { ...config.vite?.server, middlewareMode: true, hmr: false },
  });
  try {
    await vi.waitFor(() => expect(vite.watcher.getWatched()[join(dir, 'questions')]).toContain('reworded.md'));
    const watcher = vite.watcher as unknown as EventEmitter;
    const renderMarkdown: LoaderContext['renderMarkdown'] = async (body) => ({
      html: body.includes('Saved whole.') ? '<p>saved</p>' : '<p>ok</p>',
      metadata: { imagePaths: [] },
    });
    const { entries, context: ctx } = context(renderMarkdown, undefined, undefined, undefined, watcher);
    await contentLoader('questions').load(ctx);
    // An editor saves by emptying the file, then writing it. Here the write comes just after the loader has read the
    // empty file, as some saves in npm run dev did: chokidar drops the write's event unless it waits for the file's
    // size to settle (astro.config.mjs).
    const write = () => writeFileSync(file, question('question: "How?"', 'Saved whole.'));
    watcher.once('change', write);
    writeFileSync(file, '');
    await vi.waitFor(() => expect(bodyOf(entries.get('reworded'))).toEqual({ parts: [{ html: '<p>saved</p>' }] }), {
      timeout: 5_000,
    });
  } finally {
    await vite.close();
  }
});

it('lets Astro drop the image imports of an answer in npm run dev when a save takes its image out', async () => {
  const file = join((process.env.FAQ_CONTENT_DIR = contentWith()), 'questions/reworded.md');
  const renderMarkdown: LoaderContext['renderMarkdown'] = async (body) => ({
    html: '<p>ok</p>',
    metadata: { imagePaths: body.includes('](pool.png)') ? ['pool.png'] : [] },
  });
  const watcher = new EventEmitter();
  const { entries, context: ctx } = context(renderMarkdown, undefined, undefined, undefined, watcher);
  // As Astro's store does (astro/dist/content/mutable-data-store.js): it writes the imports of every entry's images
  // again when an entry is deleted or one with new images is set, and not when an entry is set without any.
  const imported = new Set<string>();
  const store = ctx.store as unknown as { set: (entry: Entry) => boolean; delete: (id: string) => boolean };
  const [set, remove] = [store.set, store.delete];
  const importAll = () => {
    imported.clear();
    for (const entry of entries.values())
      for (const image of (entry['assetImports'] as string[]) ?? []) imported.add(image);
  };
  store.set = (entry) => {
    const done = set(entry);
    if (((entry['assetImports'] as string[] | undefined) ?? []).some((image) => !imported.has(image))) importAll();
    return done;
  };
  store.delete = (id) => {
    const done = remove(id);
    importAll();
    return done;
  };
  await contentLoader('questions').load(ctx);
  writeFileSync(file, question('question: "How?"', 'See the pool.\n\n![The pool](pool.png)'));
  watcher.emit('change', file);
  await vi.waitFor(() => expect(imported).toContain('pool.png'));
  writeFileSync(file, question('question: "How?"', 'See the pool.'));
  watcher.emit('change', file);
  await vi.waitFor(() => expect(entries.get('reworded')?.['assetImports']).toBeUndefined());
  expect(imported).not.toContain('pool.png');
});

it("leaves a new question or section out of the dev server's pages until Astro has written its entry, rather than failing them", async () => {
  const dir = (process.env.FAQ_CONTENT_DIR = contentWith());
  const watcher = new EventEmitter();
  const questions = context(rendered, undefined, undefined, undefined, watcher);
  const sections = context(rendered, undefined, undefined, undefined, watcher);
  await contentLoader('questions').load(questions.context);
  await contentLoader('sections').load(sections.context);
  // Astro writes its store for the pages half a second after the last change to it.
  const writeStore = () => {
    written.questions = new Map(questions.entries);
    written.sections = new Map(sections.entries);
  };
  writeStore();
  // What the pages show: each section with its questions, and whether every one of them has its entry to render.
  const shown = async () => {
    const faq = await getFaq();
    return {
      sections: faq.map((s) => `${s.id}: ${s.questions.map((q) => q.id).join(' ')}`),
      rendered: faq.every((s) => s.entry && s.questions.every((q) => q.entry)),
    };
  };
  const before = await shown();

  // A new question listed in a section, and a new section with its new question: the gate passes them at once.
  const alpha = ['reworded', 'renamed', 'upgrade-cluster', 'scale-to-zero', 'time-sync', 'fresh'];
  const saved = {
    'questions/fresh.md': question('question: "Is this question new?"', 'Yes.'),
    'questions/later.md': question('question: "Is this section new?"', 'Yes.'),
    'sections/alpha.md': section('Alpha', 1, alpha),
    'sections/delta.md': section('Delta', 4, ['later']),
  };
  for (const [file, text] of Object.entries(saved)) writeFileSync(join(dir, file), text);
  markContentChanged();
  for (const file of Object.keys(saved)) watcher.emit('add', join(dir, file));
  expect(await shown()).toEqual(before);

  await vi.waitFor(() =>
    expect([...questions.entries.keys(), ...sections.entries.keys()]).toEqual(
      expect.arrayContaining(['fresh', 'later', 'delta']),
    ),
  );
  writeStore();
  const after = await shown();
  expect(after.sections).toEqual(expect.arrayContaining([`alpha: ${alpha.join(' ')}`, 'delta: later']));
  expect(after.rendered).toBe(true);
});
