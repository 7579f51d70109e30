import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { contentDir } from '../lib/content-dir.ts';
import { abbreviationsSchema, type Abbreviations } from '../schemas/abbreviations.ts';
import { abbreviationsIn, questionsOnPage, recordDocument, type PageQuestion } from './search-records.ts';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

function check(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

async function readAbbreviations(): Promise<Abbreviations> {
  const file = join(contentDir(), 'abbreviations.json');
  if (!existsSync(file)) return {};
  const parsed = abbreviationsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `"${issue.path.join('.')}" ${issue.message}`).join('; ')}`);
  return parsed.data;
}

/** The questions of the given pages, each once, with the page that shows it. */
function collectQuestions(pages: { path: string; html: string }[]): PageQuestion[] {
  const pageOf = new Map<string, string>();
  const questions: PageQuestion[] = [];
  for (const { path, html } of pages) {
    for (const question of questionsOnPage(html, path)) {
      const other = pageOf.get(question.id);
      if (other) throw new Error(`Question "${question.id}" is on both ${other} and ${path}; search would list it twice.`);
      pageOf.set(question.id, path);
      questions.push(question);
    }
  }
  if (questions.length === 0) throw new Error('Search: the site has no questions to index.');
  return questions;
}

/** One Pagefind record per question; `use` writes or reads the index before Pagefind stops. */
async function indexQuestions<T>(questions: PageQuestion[], use: (index: Index) => Promise<T>): Promise<T> {
  const abbreviations = await readAbbreviations();
  // Visually hidden helper text, such as "(external site)" on links, is not part of an answer.
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.sr-only'] });
  check('start', errors);
  try {
    // Pagefind's service takes records concurrently, which at 10,000 questions saves a quarter of the time.
    const added = await Promise.all(
      questions.map((question) =>
        index!.addHTMLFile({ url: question.url, content: recordDocument(question, abbreviationsIn(question.text, abbreviations)) }),
      ),
    );
    added.forEach(({ errors }, i) => check(`index ${questions[i]!.url}`, errors));
    return await use(index!);
  } finally {
    await pagefind.close();
  }
}

async function builtPages(outDir: string) {
  // Permalink pages (q/) only redirect: skipping them spares reading one file per question id.
  const files = (await readdir(outDir, { recursive: true }))
    .filter((file) => file.endsWith('.html') && !file.startsWith(`q${sep}`))
    .sort();
  return Promise.all(
    files.map(async (file) => ({
      path: `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'),
      html: await readFile(join(outDir, file), 'utf8'),
    })),
  );
}

/** The dev server's pages that the home page links to: every section. */
async function servedPages(origin: string) {
  const home = await (await fetch(`${origin}/`)).text();
  const paths = new Set([...home.matchAll(/href="(\/[^"#?]*)/g)].map((match) => match[1]!));
  return Promise.all([...paths].map(async (path) => ({ path, html: await (await fetch(`${origin}${path}`)).text() })));
}

// Pagefind also writes its ready-made search UIs and highlighter; the site has its own (src/search/).
const unusedPagefindFiles = [
  ...['ui', 'modular-ui', 'component-ui'].flatMap((ui) => [`pagefind-${ui}.js`, `pagefind-${ui}.css`]),
  'pagefind-highlight.js',
];

const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/**
 * Search for the FAQ: one Pagefind record per question, taken from the pages the reader sees, so a result
 * is a question and its link lands on it. Nothing else of the site goes into the index. The build writes
 * the index into `<outDir>/pagefind/`; the dev server builds it from its own pages when search first asks.
 */
export default function pagefindIntegration(): AstroIntegration {
  let origin = '';
  let sourceDirs: string[] = [];
  let devFiles: Promise<Map<string, Uint8Array>> | undefined;
  // Pagefind runs one service per process: dev indexes are built one after the other, never at once.
  let lastDevIndex: Promise<unknown> = Promise.resolve();
  return {
    name: 'faq-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        sourceDirs = [contentDir(), fileURLToPath(config.srcDir)];
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const questions = collectQuestions(await builtPages(outDir));
        const bundle = join(outDir, 'pagefind');
        await indexQuestions(questions, async (index) => {
          check('write the index', (await index.writeFiles({ outputPath: bundle })).errors);
        });
        await Promise.all(unusedPagefindFiles.map((file) => rm(join(bundle, file), { force: true })));
        logger.info(`Pagefind: indexed ${questions.length} questions`);
      },
      'astro:server:start': ({ address }) => {
        origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, file) => {
          if (sourceDirs.some((dir) => file.startsWith(dir))) devFiles = undefined;
        });
        const devIndex = async () => {
          const questions = collectQuestions(await servedPages(origin));
          const files = await indexQuestions(questions, async (index) => {
            const { files, errors } = await index.getFiles();
            check('build the index', errors);
            return new Map(files.map((file) => [`/${file.path}`, file.content]));
          });
          logger.info(`Pagefind: indexed ${questions.length} questions from the dev server`);
          return files;
        };
        server.middlewares.use('/pagefind/', (request, response, next) => {
          if (!devFiles) {
            devFiles = lastDevIndex.then(devIndex);
            lastDevIndex = devFiles.catch(() => undefined);
          }
          const path = new URL(request.url ?? '/', origin).pathname;
          const current = devFiles;
          current.then(
            (files) => {
              const file = files.get(path);
              if (!file) return next();
              response.setHeader('Content-Type', contentTypes[extname(path)] ?? 'application/octet-stream');
              response.end(file);
            },
            (error: unknown) => {
              if (devFiles === current) devFiles = undefined;
              next(error);
            },
          );
        });
      },
    },
  };
}
