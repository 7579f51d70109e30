import { percentDecoded } from '../utils/percent-decoded.ts';

/** What a URL written in content points at, read with the URL parser browsers use. */
export type UrlKind =
  | { kind: 'empty' }
  /** A path on this site (`/q/sla/`, `/#sla`) or a fragment of the same page (`#sla`). */
  | { kind: 'site'; path: string; fragment: string }
  /** An absolute URL; `scheme` without its colon, lowercase. */
  | { kind: 'absolute'; scheme: string }
  /** `//host/…`: the scheme of the page it is on. */
  | { kind: 'protocol-relative' }
  /** Relative to the page (or, for Markdown images, to the file): `picture.png`, `../x/`, `other.md`. */
  | { kind: 'relative' };

const BASE = 'https://site.invalid';

export function urlKind(url: string): UrlKind {
  const trimmed = url.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (URL.canParse(trimmed)) return { kind: 'absolute', scheme: new URL(trimmed).protocol.slice(0, -1) };
  if (trimmed.startsWith('//')) return { kind: 'protocol-relative' };
  if (trimmed.startsWith('/') || trimmed.startsWith('#') || trimmed.startsWith('?')) {
    const parsed = new URL(trimmed, `${BASE}/`);
    return {
      kind: 'site',
      path: trimmed.startsWith('/') ? parsed.pathname : '',
      fragment: percentDecoded(parsed.hash.slice(1)),
    };
  }
  return { kind: 'relative' };
}

/** The path of a URL as a file path: without query and fragment, percent-escapes decoded. */
export function filePathOf(url: string): string {
  return percentDecoded(url.split('#')[0]!.split('?')[0]!);
}
