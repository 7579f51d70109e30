import { parseHtmlFragment } from './html-fragment.ts';

const startsWith = (bytes: Uint8Array, signature: string, at = 0) =>
  [...signature].every((char, i) => bytes[at + i] === char.charCodeAt(0));

/** The brands an ISO media file (AVIF, HEIF, MP4) names in its first box, `ftyp`. */
function brands(bytes: Uint8Array): string[] {
  if (!startsWith(bytes, 'ftyp', 4)) return [];
  const end = Math.min(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0), bytes.length);
  const found = [];
  for (let at = 8; at + 4 <= end; at += 4) found.push(String.fromCharCode(...bytes.subarray(at, at + 4)));
  return found;
}

/** How the files of each format that Astro's image service reads begin, whatever their name says. */
const signatures: Record<string, (bytes: Uint8Array) => boolean> = {
  PNG: (bytes) => startsWith(bytes, '\x89PNG\r\n\x1a\n'),
  JPEG: (bytes) => startsWith(bytes, '\xff\xd8\xff'),
  GIF: (bytes) => startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a'),
  WebP: (bytes) => startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8),
  AVIF: (bytes) => brands(bytes).some((brand) => brand === 'avif' || brand === 'avis'),
  TIFF: (bytes) => startsWith(bytes, 'II*\0') || startsWith(bytes, 'MM\0*'),
  // Text: an XML declaration, a doctype and comments may come before the <svg> element.
  SVG: (bytes) => parseHtmlFragment(new TextDecoder().decode(bytes)).elements[0]?.name === 'svg',
};

/** The names of the formats an image file may have, for messages: PNG, JPEG, … */
export const imageFormatNames = Object.keys(signatures);

/** The format of an image file by its content, or undefined when it is no image the build can read. */
export const imageFormatOf = (bytes: Uint8Array): string | undefined =>
  imageFormatNames.find((format) => signatures[format]!(bytes));
