import type { z } from 'astro/zod';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionSchemas, type Collection } from '../schemas/collections.ts';
import type { AnswerPart } from './answer-parts.ts';
import { bodyFacts, type BodyFacts } from './body-facts.ts';
import { readFrontMatter } from './front-matter.ts';
import { codeVersion } from '../build-cache/code-version-fs.ts';
import { DiskCache } from '../build-cache/disk-cache-fs.ts';
import { cached, fileStamp } from '../build-cache/file-versions-fs.ts';
import { processWide } from '../build-cache/process-wide.ts';
import type { ContentProblem } from './problems.ts';
import { decodeSource, type SourceText } from './source-text.ts';
import type { FieldLines } from './validate.ts';
import { parseSyntaxTree, type RenderedAs } from './syntax-tree.ts';

/** One content file after the pipeline read it: what the checks, the loader and the pages need, without its tree. */
export interface ContentFile<C extends Collection = Collection> {
  /** Absolute path. */
  file: string;
  /** The file name without its extension: the question's or section's id. */
  id: string;
  collection: C;
  /** The decoded text; undefined when the file is not UTF-8. */
  source: SourceText | undefined;
  /** Offset in the text where the body starts. */
  bodyStart: number;
  /** The file line of each front-matter field and list item (`questions[2]`). */
  lines: FieldLines;
  /** The front matter as written, before the schema. */
  raw: Record<string, unknown>;
  /** The front matter as its schema outputs it; undefined when it has problems. */
  data: z.output<(typeof collectionSchemas)[C]> | undefined;
  renderedAs: RenderedAs;
  /**
   * For an MDX answer whose components stand at its top level: what the Markdown pipeline renders instead of a module.
   */
  parts: AnswerPart[] | undefined;
  /** Undefined when the body could not be parsed. */
  facts: BodyFacts | undefined;
  /** What is wrong with the file on its own: encoding, YAML, a field, MDX that does not compile. */
  problems: ContentProblem[];
}

function read<C extends Collection>(file: string, id: string, collection: C, bytes: Uint8Array): ContentFile<C> {
  const result: ContentFile<C> = {
    file,
    id,
    collection,
    source: undefined,
    bodyStart: 0,
    lines: {},
    raw: {},
    data: undefined,
    renderedAs: 'markdown',
    parts: undefined,
    facts: undefined,
    problems: [],
  };
  const source = decodeSource(file, bytes);
  if (!('text' in source)) return { ...result, problems: [source] };
  result.source = source;
  if (source.text.trim() === '') {
    return {
      ...result,
      problems: [
        {
          file,
          message: 'The file is empty.',
          hint: 'Write the front matter and the body, or delete the file (and its id from its section).',
        },
      ],
    };
  }
  const tree = parseSyntaxTree(file, source.text);
  const frontMatter = readFrontMatter(file, source.text, tree.root, collectionSchemas[collection]);
  return {
    ...result,
    bodyStart: frontMatter.bodyStart,
    lines: frontMatter.lines,
    raw: frontMatter.raw,
    data: frontMatter.data,
    renderedAs: tree.renderedAs,
    parts: tree.parts,
    facts: tree.problem || !frontMatter.found ? undefined : bodyFacts(tree.root),
    problems: [...frontMatter.problems, ...(tree.problem ? [tree.problem] : [])],
  };
}

// The readings kept between processes, once a build, dev server or check has said where (keepReadingsIn).
const readings = processWide('content-readings', () => ({ cache: undefined as DiskCache<ContentFile> | undefined }));

/**
 * Keeps the reading of every content file in Astro's cache folder (`cacheDir`), so that the next build, dev
 * server or check parses only the files whose bytes changed. A reading depends on the code and on the day (a
 * date the schema refuses as in the future today is fine tomorrow). `later` delays each save by a second.
 */
export function keepReadingsIn(cacheDir: string, { later = false, root = process.cwd() } = {}): void {
  const file = join(cacheDir, 'content-readings.bin');
  const version = `${codeVersion(root)} ${new Date().toISOString().slice(0, 10)}`;
  readings.cache = new DiskCache({ file, version, later });
}

/** Writes the readings of `files` (the content folder's files now), if any of them was read anew. */
export function saveReadings(files: string[]): void {
  readings.cache?.save(files.map((file) => readingKeys.get(file)!).filter(Boolean));
}

// The key of each file's current reading: its path and a digest of its bytes.
const readingKeys = processWide('content-reading-keys', () => new Map<string, string>());

/**
 * Reads, decodes, parses and checks one content file on its own, once per version of the file (`stamp`, when
 * the caller has just taken it), and once per version of its bytes across processes when readings are kept.
 */
export function readContentFile<C extends Collection>(
  file: string,
  id: string,
  collection: C,
  stamp = fileStamp(file),
): ContentFile<C> {
  return cached(`file:${file}`, stamp ?? 'missing', () => {
    const bytes = readFileSync(file);
    const key = `${file}\n${createHash('sha1').update(bytes).digest('hex')}`;
    readingKeys.set(file, key);
    const kept = readings.cache?.get(key) as ContentFile<C> | undefined;
    if (kept) return kept;
    const reading = read(file, id, collection, bytes);
    readings.cache?.set(key, reading);
    return reading;
  });
}
