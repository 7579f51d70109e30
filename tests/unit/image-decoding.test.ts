import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodesWhole } from '../../src/pipeline/image-decoding.ts';
import { imageFormatOf } from '../../src/pipeline/image-format.ts';

// A picture in each raster format Astro reads, whole and as an interrupted copy leaves it: the gate takes the
// first, and refuses the second, which Astro would build into a page showing part of the picture.
const [width, height, frames] = [64, 48, 3];
/** Pixels that no two rows repeat, so that every row takes bytes of its own in the file. */
const pixels = Buffer.alloc(width * height * frames * 3).map((_, i) => (i * 37) % 251);
const still = () => sharp(pixels.subarray(0, width * height * 3), { raw: { width, height, channels: 3 } });
const animated = () => sharp(pixels, { raw: { width, height: height * frames, channels: 3, pageHeight: height } });

const pictures = [
  ...(await Promise.all(
    (['png', 'jpeg', 'gif', 'webp', 'avif', 'tiff'] as const).map(
      async (format) => [format, await still().toFormat(format).toBuffer()] as const,
    ),
  )),
  ['animated webp', await animated().webp().toBuffer()] as const,
  ['three-page tiff', await animated().tiff().toBuffer()] as const,
];
const cuts = [
  ['cut off halfway', 0.5],
  ['without its last thirtieth', 0.97],
] as const;

describe.each(pictures)('a %s', (_format, bytes) => {
  it('decodes whole', () => {
    expect(decodesWhole(bytes)).toBe(true);
  });

  it.each(cuts)('%s, is refused', (_cut, kept) => {
    const cut = bytes.subarray(0, Math.floor(bytes.length * kept));
    // Where the cut leaves the header that gives the size, it is the decoding that finds the picture's end missing.
    expect(imageFormatOf(cut) !== undefined && decodesWhole(cut)).toBe(false);
  });
});
