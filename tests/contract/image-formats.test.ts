import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { describe, expect, it } from 'vitest';
import { decodesWhole } from '../../src/pipeline/image-decoding.ts';
import { imageFormatOf } from '../../src/pipeline/image-format.ts';

// What src/pipeline/image-format.ts assumes about Astro's image service, against Astro itself: a file the gate
// takes for an image is one Astro reads, and one it refuses would stop Astro's build.

const folder = 'tests/fixtures/images';
const images = readdirSync(folder).map((name) => [name, readFileSync(join(folder, name))] as const);
const others = Object.entries({
  'a web page': '<!doctype html>\n<html><head><title>Diagram</title></head><body><svg></svg></body></html>\n',
  'a Markdown file': '---\nquestion: "Why?"\n---\n\nBecause.\n',
  'a PDF': '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n',
  'an SVG without a size': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>\n',
  'an SVG sized in percent': '<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%"></svg>\n',
  'an empty file': '',
}).map(([name, text]) => [name, new TextEncoder().encode(text)] as const);

const astroReads = (bytes: Uint8Array) =>
  imageMetadata(bytes).then(
    () => true,
    () => false,
  );

describe.each(images)('%s', (name, bytes) => {
  it('is an image to the gate, of the format its extension names, and to Astro', async () => {
    expect(imageFormatOf(bytes)).toBe(extname(name).slice(1));
    expect(decodesWhole(bytes)).toBe(true);
    expect(await astroReads(bytes)).toBe(true);
  });
});

describe.each(others)('%s', (_name, bytes) => {
  it('is no image to the gate, nor to Astro', async () => {
    expect(imageFormatOf(bytes)).toBeUndefined();
    expect(await astroReads(bytes)).toBe(false);
  });
});
