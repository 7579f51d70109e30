import type { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { collectionSchemas, type Collection } from '../schemas/collections.ts';
import type { AnswerPart } from './answer-parts.ts';
import { bodyFacts, type BodyFacts } from './body-facts.ts';
import { readFrontMatter } from './front-matter.ts';
import { bytesDigest, keepReading, keptReading } from './kept-readings.ts';
import { cached, fileStamp } from './process-cache.ts';
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
  /** For an MDX answer whose components stand at its top level: what the Markdown pipeline renders instead of a module. */
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
  const frontMatter = readFrontMatter(file, tree.root, collectionSchemas[collection]);
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

/**
 * Reads, decodes, parses and checks one content file on its own, once per version of the file (`stamp`, when
 * the caller has just taken it), and once per version of its bytes across builds when the gate keeps its readings.
 */
export function readContentFile<C extends Collection>(
  file: string,
  id: string,
  collection: C,
  stamp = fileStamp(file),
): ContentFile<C> {
  return cached(`file:${file}`, stamp ?? 'missing', () => {
    const bytes = readFileSync(file);
    const digest = bytesDigest(bytes);
    return (
      (keptReading(file, digest) as ContentFile<C> | undefined) ??
      keepReading(file, digest, read(file, id, collection, bytes))
    );
  });
}
