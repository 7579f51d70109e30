import { glob, type DataStore, type Loader, type LoaderContext } from 'astro/loaders';
import { readsAsMarkdown } from '../lib/mdx-as-markdown.ts';

type DataEntry = Parameters<DataStore['set']>[0];

/**
 * The glob loader for Markdown and MDX answers, except that an `.mdx` answer that reads the same as Markdown
 * (no component, expression or import) is rendered by the Markdown pipeline while the content loads, like a
 * `.md` answer, instead of becoming a module that Vite compiles and bundles. Answers that use a component
 * (<Note>) stay MDX modules. The rendered HTML is cached with the entry's digest, so a rebuild renders only
 * the answers that changed.
 */
export function answers(options: { pattern: string; base: string }): Loader {
  const files = glob(options);
  return {
    name: 'faq-answers',
    load: async (context: LoaderContext) => {
      // Renders started by the first load, which must finish before it returns; later ones come from the dev watcher.
      let firstLoad: Promise<void>[] | undefined = [];

      const storeRendered = async ({ deferredRender: _, ...entry }: DataEntry & { filePath: string; body: string }) => {
        const rendered = await context.renderMarkdown(entry.body, { fileURL: new URL(entry.filePath, context.config.root) });
        const images = rendered.metadata?.imagePaths ?? [];
        context.store.set({ ...entry, rendered, ...(images.length > 0 ? { assetImports: images } : {}) });
      };

      // The glob loader stores every .mdx answer as deferred (a module); those that read as Markdown are
      // rendered here instead. It does not wait for set(), so the first load's renders are awaited below.
      const store: DataStore = {
        ...context.store,
        set(entry) {
          const { filePath, body } = entry;
          if (!entry.deferredRender || !filePath?.endsWith('.mdx') || body === undefined || !readsAsMarkdown(body)) {
            return context.store.set(entry);
          }
          const rendering = storeRendered({ ...entry, filePath, body }).catch((error: unknown) => {
            context.logger.error(`Error rendering ${filePath}: ${(error as Error).message}`);
          });
          firstLoad?.push(rendering);
          return true;
        },
      };
      await files.load({ ...context, store });
      await Promise.all(firstLoad);
      firstLoad = undefined;
    },
  };
}
