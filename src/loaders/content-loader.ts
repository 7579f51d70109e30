import type { Loader, LoaderContext } from 'astro/loaders';
import type { RenderedContent } from 'astro:content';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { frozenReport } from '../gate/content-report.ts';
import type { AnswerPart, RenderedPart } from '../pipeline/answer-parts.ts';
import type { ContentFile } from '../pipeline/content-file.ts';
import { ContentError } from '../pipeline/problems.ts';
import { bodyOf } from '../pipeline/source-text.ts';
import type { Collection } from '../schemas/collections.ts';
import { contentDir } from '../settings/content-dir.ts';
import { renderedBodiesIn } from './rendered-bodies.ts';

/** How many bodies render at once while the content loads. */
const CONCURRENCY = 16;

// An empty front-matter block first, so that Astro's renderer never takes a body that opens with --- for one.
const asMarkdownDocument = (body: string) => `---\n---\n${body}`;

/**
 * The entries of a collection, straight from the content gate: each file was read, parsed and checked once
 * (the gate in src/integrations/content-check.ts has already refused any mistake), and the entry holds the
 * schema's output. Every body that reads as Markdown is rendered here, with the renderer Astro makes from the
 * site's Markdown settings (src/markdown/markdown-settings.ts), and kept beside Astro's store
 * (src/loaders/rendered-bodies.ts): a Markdown answer as one part, an MDX answer whose components stand at its
 * top level as the parts around them. Astro renders the rest: a Markdown body with images (Astro resolves and
 * optimises them) and any other MDX answer, which stays a module. The page puts either on the page
 * (src/components/EntryContent.astro).
 */
export function contentLoader(collection: Collection): Loader {
  return {
    name: `faq-${collection}`,
    load: async (context: LoaderContext) => {
      const { store, logger, watcher, config } = context;
      const root = fileURLToPath(config.root);
      const bodies = renderedBodiesIn(collection, {
        root,
        cacheDir: fileURLToPath(config.cacheDir),
        address: `${config.site} ${config.base}`,
        later: !!watcher,
      });
      // The digest of each entry in the store, whose rendered bodies are kept.
      const digests = new Map<string, string>();
      // The last reading of each entry's file: a render that ends after a newer save, or after its file was
      // removed, is not stored over it.
      const latest = new Map<string, ContentFile>();
      // An entry's file, relative to the project, as Astro's store keeps it.
      const entryPath = (file: string) => relative(root, file).split(sep).join('/');

      const render = async (file: ContentFile, markdown: string) => {
        try {
          return await context.renderMarkdown(asMarkdownDocument(markdown), { fileURL: pathToFileURL(file.file) });
        } catch (cause) {
          const what = collection === 'questions' ? 'answer' : 'introduction';
          const message = `The ${what} could not be rendered: ${(cause as Error).message}`;
          throw new ContentError([
            { file: file.file, message, hint: 'Fix what the message names, then run npm run check.' },
          ]);
        }
      };

      // What Astro would render of a body, or undefined when its parts cannot stand for it: images are resolved
      // only for a whole body Astro holds, and each part would number its headings' ids on its own.
      const renderParts = async (file: ContentFile, parts: AnswerPart[]) => {
        const rendered = await Promise.all(
          parts.map((part) => (part.markdown ? render(file, part.markdown) : undefined)),
        );
        const images = rendered.flatMap((body) => body?.metadata?.imagePaths ?? []);
        const slugs = rendered.flatMap((body) => body?.metadata?.headings ?? []).map(({ slug }) => slug);
        const written = (file.facts?.headings ?? []).map(({ slug }) => slug);
        if (file.renderedAs === 'mdx' && slugs.join('\n') !== written.join('\n')) return undefined;
        const html = (i: number) => rendered[i]?.html ?? '';
        const renderedParts = parts.map((part, i): RenderedPart => {
          if (!('component' in part)) return { html: html(i) };
          return { component: part.component, attributes: part.attributes, html: html(i) };
        });
        return { parts: renderedParts, images, whole: rendered[0] };
      };

      // Astro writes its imports of the entries' images (.astro/content-assets.mjs) again when an entry is deleted
      // or an image added, not when an entry is set without one: an image the answer no longer shows would stay
      // imported, and once its file is gone (or if it never was) every page would fail.
      const put = (entry: Parameters<typeof store.set>[0] & { digest: string }) => {
        if (store.get(entry.id)?.assetImports) store.delete(entry.id);
        store.set(entry);
        digests.set(entry.id, entry.digest);
      };

      const sync = async (file: ContentFile) => {
        latest.set(file.id, file);
        if (file.data === undefined || file.source === undefined || file.facts === undefined) {
          // The gate reports it; the dev server keeps the last good version of the entry meanwhile.
          if (!watcher) throw new ContentError(file.problems);
          return;
        }
        const filePath = entryPath(file.file);
        // Only a section's page reads its body as written (whether it has an introduction).
        const body = collection === 'sections' ? { body: bodyOf(file) } : {};
        // The path too: a file renamed between .md and .mdx is a new entry, which Astro's store would not take
        // under the old digest, and whose old path would then stay the entry's.
        const digest = context.generateDigest(
          `${bodies.version}\n${filePath}\n${file.renderedAs}\n${file.parts ? 'parts\n' : ''}${file.source.text}`,
        );
        const entry = { id: file.id, data: file.data, ...body, filePath, digest };
        const existing = store.get(file.id);
        if (existing?.digest === digest && (existing.rendered || existing.deferredRender || bodies.get(digest))) {
          digests.set(file.id, digest);
          // Astro keeps the lists of content modules and images in the checkout's one .astro/ folder, whatever
          // content was built last, and writes them again only when told of one: an entry kept from this
          // content's store names its module, or is stored again with its images, or a build after another
          // folder's would bundle that folder's lists, and show no image.
          if (existing.deferredRender) store.addModuleImport(filePath);
          else if (existing.assetImports) put({ ...existing, digest });
          return;
        }
        try {
          const parts = file.renderedAs === 'mdx' ? file.parts : [{ markdown: bodyOf(file) }];
          const rendered = parts && (await renderParts(file, parts));
          if (latest.get(file.id) !== file) return;
          if (!rendered || (rendered.images.length > 0 && file.renderedAs === 'mdx')) {
            return void put({ ...entry, deferredRender: true });
          }
          if (rendered.images.length > 0) {
            const { html, metadata } = rendered.whole!;
            const kept: RenderedContent = {
              html,
              metadata: { imagePaths: rendered.images, headings: metadata?.headings ?? [] },
            };
            return void put({ ...entry, rendered: kept, assetImports: rendered.images });
          }
          bodies.set(digest, { parts: rendered.parts });
          put(entry);
        } catch (error) {
          if (!watcher) throw error;
          logger.error((error as Error).message);
        }
      };

      // A build has run the gate and frozen its report (src/gate/content-report.ts), and takes it as it is: the
      // gate's code, some fifty modules, is then never loaded into the content sync's Vite server.
      const report = frozenReport() ?? (await import('../gate/check-content.ts')).checkContent(contentDir());
      const files: ContentFile[] = report[collection];
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < files.length) await sync(files[next++]!);
        }),
      );
      const ids = new Set(files.map((file) => file.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      bodies.save(digests.values());

      if (!watcher) return;
      const dir = join(contentDir(), collection);
      const inCollection = (path: string) => dirname(path) === dir && ['.md', '.mdx'].includes(extname(path));
      const idOf = (path: string) => basename(path, extname(path));
      const { readContentFile } = await import('../pipeline/content-file.ts');
      const reload = (path: string) => {
        if (!inCollection(path)) return;
        const saved = () => bodies.save(digests.values());
        sync(readContentFile(path, idOf(path), collection)).then(saved, (error: unknown) =>
          logger.error((error as Error).message),
        );
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      // A file renamed (between .md and .mdx) is reported added under its new name before it is unlinked under
      // the old: the entry goes only if it is still the unlinked file's.
      watcher.on('unlink', (path) => {
        if (!inCollection(path)) return;
        const id = idOf(path);
        if (latest.get(id)?.file === path) latest.delete(id);
        if (store.get(id)?.filePath !== entryPath(path)) return;
        store.delete(id);
        digests.delete(id);
      });
    },
  };
}
