import { lookup } from 'mrmime';

/**
 * The Content-Type a static host sends for a file, by the extension of its name: text as UTF-8, and bytes
 * (`application/octet-stream`) for an extension it does not know, such as Pagefind's index files.
 */
export function contentTypeOf(file: string): string {
  const type = lookup(file);
  if (!type) return 'application/octet-stream';
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}
