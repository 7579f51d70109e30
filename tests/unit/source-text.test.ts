import { describe, expect, it } from 'vitest';
import { decodeSource, restoreSource } from '../../src/pipeline/source-text.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('reads a byte-order mark and CRLF line endings as the same text without them', () => {
    const plain = decodeSource('a.md', bytes('---\nquestion: "Ça?"\n---\n\nOui.\n'));
    expect(decodeSource('a.md', bytes('\uFEFF---\r\nquestion: "Ça?"\r\n---\r\n\r\nOui.\r\n'))).toEqual({
      ...plain,
      bom: true,
      crlf: true,
    });
    expect(decodeSource('a.md', bytes('---\rquestion: "Ça?"\r---\r\rOui.\r'))).toMatchObject({
      text: (plain as { text: string }).text,
    });
  });

  it('writes the text back the way the file had it', () => {
    const original = '\uFEFF---\r\ntitle: "A"\r\n---\r\n';
    const source = decodeSource('a.md', bytes(original));
    expect('text' in source && restoreSource(source, source.text)).toBe(original);
  });

  it('names the line of the first byte that is not UTF-8', () => {
    const latin1 = Uint8Array.from([...'line one\nline two\ncaf\xe9\n'].map((c) => c.charCodeAt(0)));
    expect(decodeSource('a.md', latin1)).toMatchObject({
      file: 'a.md',
      line: 3,
      message: expect.stringContaining('byte 0xe9'),
    });
  });

  it('refuses overlong and surrogate sequences, as UTF-8 does', () => {
    expect(decodeSource('a.md', Uint8Array.from([0x61, 0x0a, 0xc0, 0xaf]))).toMatchObject({ line: 2 });
    expect(decodeSource('a.md', Uint8Array.from([0xed, 0xa0, 0x80]))).toMatchObject({ line: 1 });
  });
});
