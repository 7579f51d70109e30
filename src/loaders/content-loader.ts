import type { Loader, LoaderContext } from 'astro/loaders';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readCollection } from '../pipeline/check-content.ts';
import { contentDir } from '../lib/content-dir.ts';
import { bodyOf, readContentFile, type Collection, type ContentFile } from '../pipeline/content-file.ts';
import { ContentError } from '../pipeline/problems.ts';

/** How many answers render at once while the content loads. */
const CONCURRENCY = 16;

// An empty front-matter block first, so that Astro's renderer never takes a body that opens with --- for one.
const asMarkdownDocument = (body: string) => `---\n---\n${body}`;

/**
 * The entries of a collection, straight from the content pipeline: each file was read, parsed and checked
 * once (the gate in src/integrations/content-check.ts has already refused any mistake), and the entry holds
 * the schema's output. Answers that read as Markdown, `.mdx` ones included, are rendered to HTML here and
 * cached with their digest; those that use a component stay MDX modules, which Vite compiles.
 */
export function contentLoader(collection: Collection): Loader {
  return {
    name: `faq-${collection}`,
    load: async (context: LoaderContext) => {
      const { store, logger, watcher } = context;
      const root = fileURLToPath(context.config.root);
      const dir = join(contentDir(), collection);

      const sync = async (file: ContentFile) => {
        if (file.data === undefined || file.source === undefined || file.facts === undefined) {
          // The gate reports it; the dev server keeps the last good version of the entry meanwhile.
          if (!watcher) throw new ContentError(file.problems);
          return;
        }
        const filePath = relative(root, file.file).split(sep).join('/');
        const entry = { id: file.id, data: file.data, body: bodyOf(file), filePath, digest: context.generateDigest(`${file.renderedAs}\n${file.source.text}`) };
        const existing = store.get(file.id);
        if (existing?.digest === entry.digest) {
          if (existing.deferredRender) store.addModuleImport(filePath);
          return;
        }
        if (file.renderedAs === 'mdx') {
          store.set({ ...entry, deferredRender: true });
          return;
        }
        try {
          const rendered = await context.renderMarkdown(asMarkdownDocument(entry.body), { fileURL: pathToFileURL(file.file) });
          const images = rendered.metadata?.imagePaths ?? [];
          store.set({ ...entry, rendered, ...(images.length > 0 ? { assetImports: images } : {}) });
        } catch (cause) {
          const what = collection === 'questions' ? 'answer' : 'introduction';
          const error = new ContentError([{ file: file.file, message: `The ${what} could not be rendered: ${(cause as Error).message}`, hint: 'Fix what the message names, then run npm run check.' }]);
          if (!watcher) throw error;
          logger.error(error.message);
        }
      };

      const { files } = readCollection(contentDir(), collection);
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < files.length) await sync(files[next++]!);
        }),
      );
      const ids = new Set(files.map((file) => file.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);

      if (!watcher) return;
      const inCollection = (path: string) => dirname(path) === dir && ['.md', '.mdx'].includes(extname(path));
      const idOf = (path: string) => basename(path, extname(path));
      const reload = (path: string) => {
        if (inCollection(path)) sync(readContentFile(path, idOf(path), collection)).catch((error: unknown) => logger.error((error as Error).message));
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (path) => inCollection(path) && store.delete(idOf(path)));
    },
  };
}
