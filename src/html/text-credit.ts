import type { SiteSettings } from '../schemas/site.ts';

/** A piece of the credit: words, or a link's words and address. */
export interface CreditPart {
  text: string;
  href?: string;
}

/**
 * The one sentence that credits the FAQ's text, from site.json's `source` and `license`, each credited whether or not
 * the other is there; undefined with neither. The footer shows it with its links, the feed as its rights.
 */
export function creditParts({ source, license }: Pick<SiteSettings, 'source' | 'license'>): CreditPart[] | undefined {
  const licence = license ? [{ text: license.name, href: license.url }] : [];
  if (source)
    return [
      { text: 'Questions and answers from ' },
      { text: source.title, href: source.url },
      { text: ` by ${source.publisher}` },
      ...(license ? [{ text: ', used under ' }, ...licence] : []),
      { text: '. Adapted for this site.' },
    ];
  if (license) return [{ text: 'Questions and answers licensed under ' }, ...licence, { text: '.' }];
  return undefined;
}
