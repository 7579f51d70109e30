import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { contentDir } from '../lib/content-dir.ts';
import type { ContentReport } from '../pipeline/check-content.ts';
import { contentFrozen, lastValue, reportKey } from '../pipeline/process-cache.ts';
import { markdownOf, renderAhead } from '../loaders/render-ahead.ts';
import { renderedBodiesFile } from '../loaders/rendered-bodies-file.ts';

/**
 * From how many bodies to render a build starts a second thread for them: measured on two cores, the thread
 * (which loads Sätteri and Shiki once more) made no difference at 1,000 answers, cost 0.2 s at 47 and saved
 * 0.4-1.8 s at 10,000 (bench/README.md). FAQ_RENDER_AHEAD_FROM sets another count (tests set 0).
 */
const FROM = Number(process.env.FAQ_RENDER_AHEAD_FROM ?? 2000);

/**
 * A large build with nothing rendered yet (no rendered bodies kept from a build before) renders the answers
 * and introductions the content gate has read on a thread of its own, as soon as Astro's config is final:
 * beside the main thread's start of the content sync instead of after it (src/loaders/render-ahead.ts).
 */
export default function earlyRendering(): AstroIntegration {
  return {
    name: 'faq-early-rendering',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        const report = contentFrozen() ? lastValue<ContentReport>(reportKey(contentDir())) : undefined;
        if (!report || availableParallelism() < 2 || existsSync(renderedBodiesFile(config.cacheDir, 'questions')))
          return;
        const markdown = [...report.sections, ...report.questions].flatMap((file) =>
          markdownOf(file).map((text) => ({ file: file.file, markdown: text })),
        );
        if (markdown.length < FROM) return;
        logger.info(`Rendering ${markdown.length} answers and introductions on a second thread.`);
        const { image, markdown: settings } = config;
        renderAhead(markdown, {
          image: { domains: image.domains, remotePatterns: image.remotePatterns },
          syntaxHighlight: settings.syntaxHighlight,
          gfm: settings.gfm,
          smartypants: settings.smartypants,
        });
      },
    },
  };
}
