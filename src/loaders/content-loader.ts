import type { Loader, LoaderContext } from 'astro/loaders';
import type { RenderedContent } from 'astro:content';
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentDir } from '../lib/content-dir.ts';
import type { AnswerPart, RenderedPart } from '../pipeline/answer-parts.ts';
import type { ContentReport } from '../pipeline/check-content.ts';
import type { ContentFile } from '../pipeline/content-file.ts';
import { contentFrozen, lastValue, reportKey } from '../pipeline/process-cache.ts';
import { ContentError } from '../pipeline/problems.ts';
import { bodyOf } from '../pipeline/source-text.ts';
import type { Collection } from '../schemas/collections.ts';
import { renderedBodies } from './rendered-bodies.ts';
import { loadRenderedBodies, renderedBodiesFile, saveRenderedBodies } from './rendered-bodies-file.ts';
import { renderedAhead } from './render-ahead.ts';
import { codeFingerprint } from '../pipeline/code-fingerprint.ts';

/** How many answers render at once while the content loads. */
const CONCURRENCY = 16;

/**
 * What the pages need of a rendered body: its HTML and images, and its headings and parts when it has any.
 * The rest of the renderer's metadata (an empty front matter, the image paths once more in two lists) would
 * be kept, and written to disk, for every answer.
 */
function kept({
  html,
  metadata,
}: {
  html: string;
  metadata?: { imagePaths?: string[] | undefined; [key: string]: unknown } | undefined;
}): RenderedContent {
  const headings = (metadata?.['headings'] as unknown[] | undefined) ?? [];
  const parts = metadata?.['parts'];
  return {
    html,
    metadata: {
      imagePaths: metadata?.imagePaths ?? [],
      ...(headings.length > 0 ? { headings } : {}),
      ...(parts ? { parts } : {}),
    },
  };
}

// An empty front-matter block first, so that Astro's renderer never takes a body that opens with --- for one.
const asMarkdownDocument = (body: string) => `---\n---\n${body}`;

/**
 * The entries of a collection, straight from the content pipeline: each file was read, parsed and checked
 * once (the gate in src/integrations/content-check.ts has already refused any mistake), and the entry holds
 * the schema's output. Answers that read as Markdown, `.mdx` ones included, are rendered to HTML here, and
 * so are those whose components stand at the top level, in parts; the few others stay MDX modules, which
 * Vite compiles. A rendered body is kept by the entry's digest beside Astro's store, not in it
 * (src/loaders/rendered-bodies.ts), and on disk until the next build or dev server.
 */
export function contentLoader(collection: Collection): Loader {
  return {
    name: `faq-${collection}`,
    load: async (context: LoaderContext) => {
      const { store, logger, watcher } = context;
      const root = fileURLToPath(context.config.root);
      const dir = join(contentDir(), collection);
      const renderingCode = codeFingerprint(join(root, 'src/markdown'));
      const bodiesFile = renderedBodiesFile(context.config.cacheDir, collection);
      loadRenderedBodies(bodiesFile);
      const digests = new Map<string, string>();
      let changed = false;

      const render = async (file: ContentFile, markdown: string) => {
        const ahead = await renderedAhead(file.file, markdown);
        try {
          if (ahead && 'error' in ahead) throw new Error(ahead.error);
          return (
            ahead ?? (await context.renderMarkdown(asMarkdownDocument(markdown), { fileURL: pathToFileURL(file.file) }))
          );
        } catch (cause) {
          const what = collection === 'questions' ? 'answer' : 'introduction';
          throw new ContentError([
            {
              file: file.file,
              message: `The ${what} could not be rendered: ${(cause as Error).message}`,
              hint: 'Fix what the message names, then run npm run check.',
            },
          ]);
        }
      };

      // An MDX answer in parts: each part rendered as Markdown, the components added by the page
      // (EntryContent.astro). Undefined when that would not give what MDX gives: images are resolved only
      // for a whole rendered body, and each part numbers its headings' ids on its own.
      const renderParts = async (file: ContentFile, parts: AnswerPart[]): Promise<RenderedContent | undefined> => {
        const rendered = await Promise.all(
          parts.map((part) =>
            part.markdown ? render(file, part.markdown) : { html: '', metadata: { imagePaths: [], headings: [] } },
          ),
        );
        if (rendered.some(({ metadata }) => (metadata?.imagePaths ?? []).length > 0)) return undefined;
        const headings = rendered.flatMap(({ metadata }) => metadata?.headings ?? []);
        if (
          headings.map(({ slug }) => slug).join('\n') !==
          (file.facts?.headings ?? []).map(({ slug }) => slug).join('\n')
        )
          return undefined;
        const renderedParts: RenderedPart[] = parts.map((part, i) =>
          'component' in part
            ? { component: part.component, attributes: part.attributes, html: rendered[i]!.html }
            : { html: rendered[i]!.html },
        );
        return {
          html: renderedParts.map(({ html }) => html).join(''),
          metadata: { imagePaths: [], headings, parts: renderedParts },
        };
      };

      const sync = async (file: ContentFile) => {
        if (file.data === undefined || file.source === undefined || file.facts === undefined) {
          // The gate reports it; the dev server keeps the last good version of the entry meanwhile.
          if (!watcher) throw new ContentError(file.problems);
          return;
        }
        const filePath = relative(root, file.file).split(sep).join('/');
        // Only a section's page reads its body as written (whether it has an introduction).
        const body = collection === 'sections' ? { body: bodyOf(file) } : {};
        const entry = {
          id: file.id,
          data: file.data,
          ...body,
          filePath,
          digest: context.generateDigest(
            `${renderingCode}\n${file.renderedAs}\n${file.parts ? 'parts\n' : ''}${file.source.text}`,
          ),
        };
        digests.set(file.id, entry.digest);
        const existing = store.get(file.id);
        if (
          existing?.digest === entry.digest &&
          (existing.rendered || existing.deferredRender || renderedBodies.has(entry.digest))
        ) {
          if (existing.deferredRender) store.addModuleImport(filePath);
          return;
        }
        changed = true;
        try {
          if (file.renderedAs === 'mdx') {
            const rendered = file.parts && (await renderParts(file, file.parts));
            if (!rendered) return void store.set({ ...entry, deferredRender: true });
            renderedBodies.set(entry.digest, kept(rendered));
            store.set(entry);
            return;
          }
          const rendered = await render(file, bodyOf(file));
          const images = rendered.metadata?.imagePaths ?? [];
          // Astro resolves the images of a body it holds; every other body is kept beside its store (rendered-bodies.ts).
          if (images.length > 0) return void store.set({ ...entry, rendered: kept(rendered), assetImports: images });
          renderedBodies.set(entry.digest, kept(rendered));
          store.set(entry);
        } catch (error) {
          if (!watcher) throw error;
          logger.error((error as Error).message);
        }
      };

      // The files the gate has read. A build has run the gate and frozen its report (src/integrations/content-check.ts),
      // and takes it as it is: the gate's code, some fifty modules, is then never loaded into the content sync's Vite server.
      const frozen = contentFrozen() ? lastValue<ContentReport>(reportKey(contentDir())) : undefined;
      const files: ContentFile[] = (frozen ??
        (await import('../pipeline/check-content.ts')).checkContent(contentDir()))[collection];
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < files.length) await sync(files[next++]!);
        }),
      );
      const ids = new Set(files.map((file) => file.id));
      for (const id of store.keys()) {
        if (ids.has(id)) continue;
        store.delete(id);
        changed = true;
      }
      if (changed || !existsSync(bodiesFile)) saveRenderedBodies(bodiesFile, digests.values());

      if (!watcher) return;
      const inCollection = (path: string) => dirname(path) === dir && ['.md', '.mdx'].includes(extname(path));
      const idOf = (path: string) => basename(path, extname(path));
      const { readContentFile } = await import('../pipeline/content-file.ts');
      // The dev server keeps the bodies for its next start a moment after the last save, not on every keystroke's save.
      let saving: NodeJS.Timeout | undefined;
      const save = () => {
        clearTimeout(saving);
        saving = setTimeout(() => saveRenderedBodies(bodiesFile, digests.values()), 1000).unref();
      };
      const reload = (path: string) => {
        if (inCollection(path))
          sync(readContentFile(path, idOf(path), collection)).then(save, (error: unknown) =>
            logger.error((error as Error).message),
          );
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (path) => {
        if (!inCollection(path)) return;
        store.delete(idOf(path));
        digests.delete(idOf(path));
        save();
      });
    },
  };
}
