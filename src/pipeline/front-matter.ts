import type { z } from 'astro/zod';
import { isMap, parseDocument } from 'yaml';
import { quotedVisibly } from '../utils/visible-text.ts';
import type { ContentProblem } from './problems.ts';
import type { TreeNode } from './syntax-tree.ts';
import { exampleOf, validate, type FieldLines } from './validate.ts';
import { locateYaml } from './yaml-document.ts';
import { halfQuotedValues, yamlProblems } from './yaml-problems.ts';

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

export interface FrontMatter<T> {
  /** The file starts with a front-matter block; without one, the rest is not a body either. */
  found: boolean;
  /** The fields as the schema outputs them; undefined when there is any problem. */
  data: T | undefined;
  problems: ContentProblem[];
  /** Offset in the text where the body starts, after the closing `---`. */
  bodyStart: number;
  /** The file line of each field and list item. */
  lines: FieldLines;
  /** The fields as written, before the schema: what the cross-file rules fall back on when a field is wrong. */
  raw: Record<string, unknown>;
}

/** The block a file should start with: every required field, written as its schema's example. */
const exampleBlock = (schema: ObjectSchema) =>
  [
    '---',
    ...Object.keys(schema.shape)
      .filter((field) => !(schema.shape[field] as z.ZodType).safeParse(undefined).success)
      .map((field) => exampleOf(schema, field, 'yaml')),
    '---',
  ].join('\n');

/** Front matter that could not be read: none of its fields count. */
const unread = <T>(found: boolean, bodyStart: number, problems: ContentProblem[]): FrontMatter<T> => ({
  found,
  data: undefined,
  bodyStart,
  lines: {},
  raw: {},
  problems,
});

/**
 * Front matter that is not closed. A closing --- may be followed by spaces, but Sätteri, which renders the page,
 * reads a line with a tab (or any other character that does not show) after the --- as Markdown: that line is named.
 */
function unclosed(file: string, text: string): ContentProblem {
  const lines = text.split('\n');
  const index = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (index === -1)
    return {
      file,
      line: 1,
      message: 'The front matter is not closed.',
      hint: 'Add a line with only --- after the last field.',
    };
  const after = lines[index]!.slice(3);
  return {
    file,
    line: index + 1,
    message:
      `The front matter is not closed: its closing line ${quotedVisibly(lines[index]!)} has ` +
      `${after.includes('\t') ? 'a tab' : 'a character that does not show'} after the ---.`,
    hint: 'Delete everything after the --- on this line.',
  };
}

/** Reads the YAML front matter that Sätteri found at the top of the file, and checks it against the schema. */
export function readFrontMatter<S extends ObjectSchema>(
  file: string,
  text: string,
  root: TreeNode,
  schema: S,
): FrontMatter<z.output<S>> {
  const first = root.children?.[0];
  if (first?.type !== 'yaml') {
    return unread(false, 0, [
      first?.type === 'thematicBreak' && first.position?.start.offset === 0
        ? unclosed(file, text)
        : {
            file,
            line: 1,
            message: 'The file has no front matter.',
            hint: `Start the file, on its very first line, with a block such as:\n${exampleBlock(schema)}`,
          },
    ]);
  }
  const bodyStart = first.position!.end.offset;
  const yaml = first.value ?? '';
  const doc = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false });
  // The YAML starts on the file's second line, after the opening ---.
  const at = locateYaml(file, doc, yaml, 2);
  if (doc.errors.length > 0) return unread(true, bodyStart, yamlProblems(file, yaml, doc.errors, at.lineAt));
  if (!isMap(doc.contents) && Boolean(doc.contents)) {
    return unread(true, bodyStart, [
      {
        file,
        line: 2,
        message: 'The front matter must be fields, one "name: value" per line.',
        hint: `For example:\n${exampleBlock(schema)}`,
      },
    ]);
  }
  const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
  const { value, problems } = validate(at, schema, raw);
  const halfQuoted = halfQuotedValues(file, doc, at.lineAt);
  return { found: true, data: value, problems: [...halfQuoted, ...problems], bodyStart, lines: at.fieldLines(), raw };
}
