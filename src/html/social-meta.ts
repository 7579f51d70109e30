import { site } from '../settings/site.ts';

/** One `<meta>` of a page's head, by its `property` (Open Graph) or its `name`. */
export type MetaTag = ({ property: string } | { name: string }) & { content: string };

/** The most of a text a card shows: about two lines of a preview. */
const cardLength = 200;

/** The start of `text` for a card, cut at a space, with an ellipsis where it is cut. */
export function cardDescription(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length <= cardLength) return words;
  const cut = words.lastIndexOf(' ', cardLength - 1);
  return `${words.slice(0, cut > 0 ? cut : cardLength - 1).replace(/[\s,;:.]+$/, '')}…`;
}

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
