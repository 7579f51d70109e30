import type { ImageInputFormat } from 'astro';
import { imageSize } from 'image-size';

/** The extensions of the files Astro's image service reads (each checked against Astro's own type of them). */
export const imageFormats = new Set<string>([
  'jpeg',
  'jpg',
  'png',
  'apng',
  'tiff',
  'webp',
  'gif',
  'svg',
  'avif',
] satisfies ImageInputFormat[]);

/**
 * The extensions of the pictures browsers show as they are, as public/ serves them, without Astro: Astro's but
 * TIFF, which only Safari shows, and BMP and icons, which Astro does not read.
 */
export const browserImageFormats = new Set<string>([
  ...[...imageFormats].filter((format) => format !== 'tiff'),
  'bmp',
  'ico',
]);

/**
 * The format of a picture by its content, whatever its name says (png, jpg; bmp, heic…), or undefined for a file
 * that gives no picture's size: Astro reads an image's size with image-size before anything else, and stops the
 * build on a file it finds none in (a web page saved as diagram.png, an SVG without a viewBox or a width and height).
 */
export function imageFormatOf(bytes: Uint8Array): string | undefined {
  try {
    const { width, height, type } = imageSize(bytes);
    return width !== undefined && height !== undefined ? type : undefined;
  } catch {
    return undefined;
  }
}
