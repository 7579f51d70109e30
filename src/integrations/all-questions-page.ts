import type { AstroIntegration } from 'astro';
import { hasAllQuestionsPage } from '../faq/all-questions.ts';
import { contentDir } from '../settings/content-dir.ts';
import { checkContent } from '../gate/check-content.ts';

/**
 * Adds the page of all questions (`/all/`, src/pages/_all.astro) when the FAQ is small enough to read on one
 * page (src/faq/all-questions.ts). The count is that of the question files the content gate has just read.
 */
export default function allQuestionsPage(): AstroIntegration {
  return {
    name: 'faq-all-questions-page',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (!hasAllQuestionsPage(checkContent(contentDir()).questions.length)) return;
        injectRoute({ pattern: '/all', entrypoint: new URL('../pages/_all.astro', import.meta.url) });
      },
    },
  };
}
