import { site } from '../settings/site.ts';
import { feedPath } from '../settings/site-urls.ts';
import { escapeHtml, voidElement } from '../utils/html.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';
import { socialMeta } from './social-meta.ts';

/** What a page says about itself in its head. */
export interface PageHeadOptions {
  /** The page's own title, without the site's name; none on the home page. */
  title?: string | undefined;
  description: string;
  /** The page's absolute canonical URL; none for the 404 page, which answers at any missing address. */
  canonical: string | undefined;
  /** The absolute URL a shared link to the page shows its card for, when not the canonical one. */
  shared?: string | undefined;
  /** Tells search engines not to index the page (`noindex`, `noindex, follow`). */
  robots?: string | undefined;
  /** Carries the Content-Security-Policy: the built site does, the dev server injects inline code of its own. */
  policy: boolean;
}

/**
 * The start of every page's head, as HTML: the one way the site writes it, for the pages Astro renders
 * (src/layouts/BaseLayout.astro) and for the permalink pages the build writes without rendering
 * (src/html/redirect-pages.ts). The policy comes first, so that it covers all that follows.
 */
export function pageHead({ title, description, canonical, shared, robots, policy }: PageHeadOptions): string {
  const feed = { rel: 'alternate', type: 'application/atom+xml', title: `${site.title}: recently updated questions` };
  return [
    voidElement('meta', { charset: 'utf-8' }),
    ...(policy
      ? [voidElement('meta', { 'http-equiv': 'content-security-policy', content: contentSecurityPolicy })]
      : []),
    voidElement('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    `<title>${escapeHtml(title ? `${title} – ${site.title}` : site.title)}</title>`,
    voidElement('meta', { name: 'description', content: description }),
    ...(canonical ? [voidElement('link', { rel: 'canonical', href: canonical })] : []),
    ...socialMeta({ title: title ?? site.title, description, url: shared ?? canonical }).map((tag) =>
      voidElement('meta', tag),
    ),
    ...(robots ? [voidElement('meta', { name: 'robots', content: robots })] : []),
    voidElement('link', { ...feed, href: feedPath() }),
  ].join('');
}
