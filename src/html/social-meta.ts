import { site } from '../settings/site.ts';

/** One `<meta>` of a page's head, by its `property` (Open Graph) or its `name`. */
export type MetaTag = ({ property: string } | { name: string }) & { content: string };

/**
 * What a link to a page shows when it is shared (Open Graph and Twitter cards), in every page's head (page-head.ts).
 */
export function socialMeta({
  title,
  description,
  url,
}: {
  title: string;
  description: string;
  /** The page's address; none for a page served at any missing address (the 404 page). */
  url: string | undefined;
}): MetaTag[] {
  return [
    { property: 'og:type', content: 'website' },
    { property: 'og:site_name', content: site.title },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    ...(url ? [{ property: 'og:url', content: url }] : []),
    { property: 'og:locale', content: site.lang.replace('-', '_') },
    { name: 'twitter:card', content: 'summary' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: description },
  ];
}
