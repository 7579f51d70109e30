import { slug } from 'github-slugger';

/**
 * The anchors the source page (Microsoft Learn) has used for a question, derived from its text.
 * Older pages dropped punctuation ("Can I use X?" -> "can-i-use-x"); current ones turn each run of
 * punctuation and spaces into one hyphen, so a trailing "?" leaves a trailing hyphen ("can-i-use-x-").
 * The current style is also kept without that trailing hyphen, which is how such links are often pasted.
 */
export function learnStyleSlugs(text: string): string[] {
  const older = slug(text);
  const current = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-/, '');
  return [...new Set([older, current, current.replace(/-$/, '')])].filter((s) => s.length > 0);
}
