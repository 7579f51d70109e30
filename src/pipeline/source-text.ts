import type { ContentProblem } from './problems.ts';

/** A content file's text as the rest of the pipeline sees it, and how the file wrote it. */
export interface SourceText {
  /** The text, without a byte-order mark and with every line ending a plain \n. */
  text: string;
  /** The file starts with a byte-order mark (some Windows editors write one). */
  bom: boolean;
  /** The file ends its lines with \r\n (a Windows checkout with core.autocrlf). */
  crlf: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    for (let j = 1; j < length; j++) if ((bytes[i + j]! & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
    const second = bytes[i + 1]!;
    if (
      (lead === 0xe0 && second < 0xa0) ||
      (lead === 0xed && second > 0x9f) ||
      (lead === 0xf0 && second < 0x90) ||
      (lead === 0xf4 && second > 0x8f)
    )
      return i;
    i += length;
  }
  return bytes.length;
}

function notUtf8(file: string, bytes: Uint8Array): ContentProblem {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const offset = firstInvalidByte(bytes);
  const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
  return {
    file,
    line,
    message: utf16
      ? 'The file is saved as UTF-16, not UTF-8.'
      : `The file is not valid UTF-8: byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} on this line ` +
        'belongs to another encoding (Windows-1252 or Latin-1, most likely).',
    hint: 'Save the file as UTF-8 (in VS Code: "Save with Encoding" → UTF-8), then check the characters on this line.',
  };
}

/** Decodes a content file strictly as UTF-8, or says on which line it is not. */
export function decodeSource(file: string, bytes: Uint8Array): SourceText | ContentProblem {
  let raw: string;
  try {
    raw = decoder.decode(bytes);
  } catch {
    return notUtf8(file, bytes);
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const crlf = raw.includes('\r');
  // The decoder already dropped the byte-order mark; old Mac files end lines with a lone \r.
  const text = crlf ? raw.replaceAll('\r\n', '\n').replaceAll('\r', '\n') : raw;
  return { text, bom, crlf };
}

/** The body of a file the pipeline read, as written after its front matter. */
export const bodyOf = (file: { source: SourceText | undefined; bodyStart: number }) =>
  file.source?.text.slice(file.bodyStart) ?? '';

/** The text written back the way the file had it: the same line endings and byte-order mark. */
export const restoreSource = ({ bom, crlf }: Omit<SourceText, 'text'>, text: string) =>
  `${bom ? '\uFEFF' : ''}${crlf ? text.replaceAll('\n', '\r\n') : text}`;
