import type { FaqQuestion } from '../faq/faq-model.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';
import { feedLink } from './feed-link.ts';
import { escapeHtml, voidElement } from '../utils/html.ts';
import { permalinkRedirectScript } from './inline-scripts.ts';
import { site } from '../settings/site.ts';
import { socialMeta } from './social-meta.ts';
import { absoluteUrl, questionPath } from '../settings/site-urls.ts';

/**
 * The page at `/q/<id>/` of a question id or alias: it sends the reader to wherever the question is now (its
 * section page and anchor) at once, by script or by meta refresh, and tells search engines where the content
 * lives (canonical, noindex). Written by the build without rendering (src/integrations/permalinks.ts): it is
 * one of every id and alias, ten thousand pages for ten thousand questions.
 */
export function permalinkPage(question: FaqQuestion): string {
  const target = questionPath(question);
  const canonical = absoluteUrl(target);
  const head = [
    voidElement('meta', { charset: 'utf-8' }),
    voidElement('meta', { 'http-equiv': 'content-security-policy', content: contentSecurityPolicy }),
    voidElement('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    `<title>${escapeHtml(`${question.text} – ${site.title}`)}</title>`,
    voidElement('link', { rel: 'canonical', href: canonical }),
    voidElement('meta', { name: 'description', content: `${question.section.title}: ${question.text}` }),
    ...socialMeta({
      title: question.text,
      description: `${question.section.title} – ${site.title}`,
      url: canonical,
    }).map((tag) => voidElement('meta', tag)),
    voidElement('meta', { name: 'robots', content: 'noindex' }),
    voidElement('link', feedLink()),
    voidElement('meta', { 'http-equiv': 'refresh', content: `0; url=${target}` }),
    `<script>${permalinkRedirectScript}</script>`,
  ];
  const body = `<p>This question is now at <a href="${escapeHtml(target)}">${escapeHtml(`${question.section.title}: ${question.text}`)}</a>.</p>`;
  return `<!DOCTYPE html><html lang="${escapeHtml(site.lang)}"><head>${head.join('')}</head><body>${body}</body></html>`;
}
