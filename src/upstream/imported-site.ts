import type { UpstreamFaq } from './upstream-faq.ts';
import { plainQuestion } from '../pipeline/question-text.ts';

/** Where a new site says it lives until its team sets `url` (or builds with SITE_URL). */
export const PLACEHOLDER_URL = 'https://faq.example.org';

/**
 * The site.json of a site imported from a Learn FAQ: its title and description from the page, the page
 * credited as the source under Learn's licence (CC BY 4.0), and Learn's anchors landing.
 */
export function importedSite(upstream: UpstreamFaq, source: string) {
  return {
    title: upstream.title,
    description: plainQuestion(upstream.summary) || upstream.title,
    url: PLACEHOLDER_URL,
    lang: 'en',
    source: { title: upstream.title, publisher: 'Microsoft Learn', url: source },
    license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    learnStyleAnchors: true,
  };
}
