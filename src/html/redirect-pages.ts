import type { FaqQuestion, FaqSection } from '../faq/faq-model.ts';
import { site } from '../settings/site.ts';
import { absoluteUrl, permalinkPath, questionPath, sectionPath } from '../settings/site-urls.ts';
import { escapeHtml, voidElement } from '../utils/html.ts';
import { permalinkRedirectScript } from './inline-scripts.ts';
import { pageHead } from './page-head.ts';
import { cardDescription } from './social-meta.ts';

interface Redirect {
  /** Where the reader is sent: the canonical address of what was asked for. */
  target: string;
  title: string;
  description: string;
  /** The absolute URL a shared link to the page shows its card for, when not the target's. */
  shared?: string | undefined;
  /** The one paragraph a reader who is not sent on sees, as HTML. */
  body: string;
}

/**
 * A page that sends the reader to `target` at once, by script (keeping the query and fragment) or by meta refresh,
 * and tells search engines where the content lives (canonical, noindex). Written by the build without rendering
 * (src/integrations/permalinks.ts): there is one for every question id and alias, ten thousand pages for ten
 * thousand questions.
 */
function redirectPage({ target, title, description, shared, body }: Redirect): string {
  const head = [
    pageHead({ title, description, canonical: absoluteUrl(target), shared, robots: 'noindex', policy: true }),
    voidElement('meta', { 'http-equiv': 'refresh', content: `0; url=${target}` }),
    `<script>${permalinkRedirectScript}</script>`,
  ];
  const html = `<html lang="${escapeHtml(site.lang)}"><head>${head.join('')}</head><body><p>${body}</p></body></html>`;
  return `<!DOCTYPE html>${html}`;
}

/**
 * The page at `/q/<id>/` of a question id or alias, which sends the reader to wherever the question is now (its
 * section page and anchor). A shared permalink's card is the question's own: its text, the start of its answer, and
 * its permalink as the card's address, which would otherwise be the section's.
 */
export function permalinkPage(question: FaqQuestion): string {
  const target = questionPath(question);
  const link = escapeHtml(`${question.section.title}: ${question.text}`);
  return redirectPage({
    target,
    title: question.text,
    description: cardDescription(question.answerText),
    shared: absoluteUrl(permalinkPath(question.id)),
    body: `This question is now at <a href="${escapeHtml(target)}">${link}</a>.`,
  });
}

/** The page at `/<id>/` of a retired section that another took the place of, which sends the reader there. */
export function retiredSectionPage(id: string, to: Pick<FaqSection, 'id' | 'title' | 'summary'>): string {
  const target = sectionPath(to.id);
  return redirectPage({
    target,
    title: to.title,
    description: to.summary ?? site.description,
    body:
      `The section <code>${escapeHtml(id)}</code> is now ` +
      `<a href="${escapeHtml(target)}">${escapeHtml(to.title)}</a>.`,
  });
}
