import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { cached, fileStamp } from '../../build-cache/file-versions-fs.ts';
import type { ImageFact } from '../../pipeline/body-facts.ts';
import { decodesWhole } from '../../pipeline/image-decoding.ts';
import { browserImageFormats, imageFormatOf, imageFormats } from '../../pipeline/image-format.ts';
import { filePathOf, urlKind } from '../../urls/url-kind.ts';
import type { BodyContext, BodyRule } from './body-rule.ts';

/** What is wrong with an image's source, and what to do. */
interface SourceProblem {
  message: string;
  hint: string;
}

/** Who shows readers a picture, and the formats it shows. */
interface Viewer {
  name: string;
  formats: ReadonlySet<string>;
}
/** A picture next to the question, which the build reads and converts. */
const build: Viewer = { name: 'the build', formats: imageFormats };
/** A picture of public/, which the browser gets as it is. */
const browsers: Viewer = { name: 'most browsers', formats: browserImageFormats };

/** What keeps `viewer` from showing the picture in `local` (an existing file) that `image` points to, if anything. */
function pictureProblem(image: ImageFact, local: string, { name, formats }: Viewer): SourceProblem | undefined {
  const named = extname(local).slice(1).toLowerCase();
  if (!formats.has(named))
    return {
      message: `The image "${image.src}" is not an image file ${name} can show.`,
      hint: `Give the path of an image: a ${[...formats].map((format) => `.${format}`).join(', ')} file.`,
    };
  const bytes = readFileSync(local);
  const format = imageFormatOf(bytes);
  if (format !== undefined && !formats.has(format))
    return {
      message:
        `The image "${image.src}" is in ${format.toUpperCase()} format, not ${named.toUpperCase()} as its name ` +
        `says: ${name} cannot show ${format.toUpperCase()} images.`,
      hint: `Open it in an image editor and export it as ${named.toUpperCase()} under the same name.`,
    };
  // Decoded once per version of the file, however many answers show it and however often the gate runs; sharp
  // decodes only the formats the build reads, so a BMP or an icon of public/ is taken as it is.
  if (
    format &&
    (!imageFormats.has(format) ||
      cached(`decodes-whole:${local}`, fileStamp(local) ?? 'missing', () => decodesWhole(bytes)))
  )
    return undefined;
  // No picture; or a web page with an <svg> icon in it, which image-size takes for an SVG.
  if (!format || (format === 'svg' && named !== 'svg'))
    return {
      message:
        `The image "${image.src}" is not an image file ${name} can read: ${relative(process.cwd(), local)} ` +
        'is no picture by its content, whatever its name says, or an SVG that gives no size.',
      hint:
        "It may be a web page saved under an image's name: save the image itself again " +
        '(in a browser, "Save image as…"; or export it from your image editor), or correct the path. ' +
        'An SVG needs a viewBox, or a width and a height.',
    };
  return {
    message:
      `The image "${image.src}" is damaged: ${relative(process.cwd(), local)} ends before the image does, ` +
      'or is broken inside: it looks truncated, as an interrupted copy leaves a file. ' +
      'Readers would see part of it, or nothing.',
    hint:
      'Copy the image again from its source (or export it again from your image editor), ' +
      'and check that it opens whole in an image viewer.',
  };
}

function sourceProblem(image: ImageFact, { file, publicDir }: BodyContext): SourceProblem | undefined {
  const kind = urlKind(image.src);
  const path = filePathOf(image.src);
  switch (kind.kind) {
    case 'empty':
      return {
        message: 'An image has no source.',
        hint: "Put the image file's path in the parentheses: ![What it shows](diagram.png).",
      };
    case 'absolute':
    case 'protocol-relative':
      if (kind.kind === 'absolute' && kind.scheme === 'data')
        return {
          message: 'An image is written as a data: URL.',
          hint: 'Save the image as a file next to the question and write ![What it shows](diagram.png).',
        };
      if (kind.kind === 'absolute' && kind.scheme !== 'https' && kind.scheme !== 'http')
        return {
          message: `The image "${image.src}" is not an address of an image.`,
          hint: 'Give the path of an image file next to the question: ![What it shows](diagram.png).',
        };
      return {
        message:
          `The image "${image.src}" is on another site: ` +
          "the site's Content-Security-Policy blocks it, so readers would see nothing.",
        hint:
          'Save the image as a file next to the question (if its licence allows) ' +
          'and write ![What it shows](diagram.png).',
      };
    case 'site': {
      const served = join(publicDir, path);
      return existsSync(served)
        ? pictureProblem(image, served, browsers)
        : {
            message: `The image "${image.src}" does not exist: there is no ${relative(process.cwd(), served)}.`,
            hint: 'Correct the path, or add the file to public/.',
          };
    }
    case 'relative': {
      if (image.syntax !== 'markdown') {
        return {
          message:
            `The <img> "${image.src}" has a relative path, ` +
            'which the page would resolve from its own address, not from this file.',
          hint: 'Write it as a Markdown image, ![What it shows](diagram.png), which the build resolves and optimises.',
        };
      }
      const local = join(dirname(file.file), path);
      if (!existsSync(local))
        return {
          message: `The image "${image.src}" does not exist: there is no ${relative(process.cwd(), local)}.`,
          hint: 'Correct the path (it is relative to this file) or add the image file.',
        };
      return pictureProblem(image, local, build);
    }
  }
}

/** Every image has alt text for readers who cannot see it, and a source the page can show. */
export const images: BodyRule = (context) =>
  context.facts.images.flatMap((image) => {
    const problems = [];
    if (image.alt === undefined || image.alt.trim() === '') {
      problems.push({
        file: context.file.file,
        line: image.line,
        message: image.syntax === 'markdown' ? 'An image has no alt text.' : 'An <img> has no alt text.',
        hint:
          image.syntax === 'markdown'
            ? 'Describe the image inside the square brackets: ![] becomes ![Diagram of the two resource groups].'
            : 'Add alt="what the image shows".',
      });
    }
    const found = sourceProblem(image, context);
    if (found) problems.push({ file: context.file.file, line: image.line, ...found });
    return problems;
  });
