import type { FaqQuestion } from '../faq/faq-model.ts';
import { site } from '../settings/site.ts';
import { absoluteUrl, questionPath } from '../settings/site-urls.ts';
import { escapeHtml, voidElement } from '../utils/html.ts';
import { permalinkRedirectScript } from './inline-scripts.ts';
import { pageHead } from './page-head.ts';

/**
 * The page at `/q/<id>/` of a question id or alias: it sends the reader to wherever the question is now (its
 * section page and anchor) at once, by script or by meta refresh, and tells search engines where the content
 * lives (canonical, noindex). Written by the build without rendering (src/integrations/permalinks.ts): it is
 * one of every id and alias, ten thousand pages for ten thousand questions.
 */
export function permalinkPage(question: FaqQuestion): string {
  const target = questionPath(question);
  const head = [
    pageHead({
      title: question.text,
      description: `${question.section.title}: ${question.text}`,
      canonical: absoluteUrl(target),
      robots: 'noindex',
      policy: true,
    }),
    voidElement('meta', { 'http-equiv': 'refresh', content: `0; url=${target}` }),
    `<script>${permalinkRedirectScript}</script>`,
  ];
  const link = escapeHtml(`${question.section.title}: ${question.text}`);
  const body = `<p>This question is now at <a href="${escapeHtml(target)}">${link}</a>.</p>`;
  const html = `<html lang="${escapeHtml(site.lang)}"><head>${head.join('')}</head><body>${body}</body></html>`;
  return `<!DOCTYPE html>${html}`;
}
