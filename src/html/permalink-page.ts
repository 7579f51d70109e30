import type { FaqQuestion } from '../faq/faq-model.ts';
import { site } from '../settings/site.ts';
import { absoluteUrl, permalinkPath, questionPath } from '../settings/site-urls.ts';
import { escapeHtml, voidElement } from '../utils/html.ts';
import { permalinkRedirectScript } from './inline-scripts.ts';
import { pageHead } from './page-head.ts';
import { cardDescription } from './social-meta.ts';

/**
 * The page at `/q/<id>/` of a question id or alias: it sends the reader to wherever the question is now (its
 * section page and anchor) at once, by script or by meta refresh, and tells search engines where the content
 * lives (canonical, noindex). A shared permalink's card is the question's own: its text, the start of its answer,
 * and its permalink as the card's address, which would otherwise be the section's. Written by the build without
 * rendering (src/integrations/permalinks.ts): it is one of every id and alias, ten thousand pages for ten thousand
 * questions.
 */
export function permalinkPage(question: FaqQuestion): string {
  const target = questionPath(question);
  const head = [
    pageHead({
      title: question.text,
      description: cardDescription(question.answerText),
      canonical: absoluteUrl(target),
      shared: absoluteUrl(permalinkPath(question.id)),
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
