import { markdownToHtml } from 'satteri';

/** An answer as plain text (for structured data): Markdown rendered as on the page, tags and components dropped, space collapsed. */
export function answerText(markdown: string): string {
  const { html } = markdownToHtml(markdown, { features: { smartPunctuation: true } });
  return html
    .replace(/<\/?(?:p|li|ul|ol|pre|div|blockquote|table|tr|td|th|h\d|br)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
