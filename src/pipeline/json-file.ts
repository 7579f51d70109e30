import type { z } from 'astro/zod';
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { locateJson } from './json-document.ts';
import { lineIndex } from './line-index.ts';
import { cached, fileStamp } from '../build-cache/file-versions-fs.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import { decodeSource } from './source-text.ts';
import { validate, type FieldLines } from './validate.ts';

export interface JsonFile<T> {
  /** The validated value; undefined when the file has problems. */
  value: T | undefined;
  problems: ContentProblem[];
  /** The file line of each field, list item and map key. */
  lines: FieldLines;
}

/** What each of the JSON parser's errors means to someone editing the file. */
const SYNTAX: Record<string, string> = {
  CommaExpected: 'a comma is missing between two entries',
  ColonExpected: 'a colon is missing after a name',
  PropertyNameExpected: 'a name in double quotes is expected (is there a comma after the last entry?)',
  ValueExpected: 'a value is expected (is there a comma after the last entry?)',
  CloseBraceExpected: 'a } is missing',
  CloseBracketExpected: 'a ] is missing',
  EndOfFileExpected: 'there is more after the end of the object',
  InvalidSymbol: 'this is not JSON (text must be in double quotes)',
  InvalidCommentToken: 'JSON has no comments',
  UnexpectedEndOfString: 'a text is not closed with a double quote',
};

function syntaxProblem(file: string, text: string, error: ParseError): ContentProblem {
  const code = printParseErrorCode(error.error);
  return {
    file,
    line: lineIndex(text)(error.offset),
    message: `The file is not valid JSON: ${SYNTAX[code] ?? code}.`,
    hint:
      'Check the commas, quotes and brackets on this line and the one before: ' +
      'every name and text in double quotes, a comma between entries and none after the last.',
  };
}

/** Names given twice in one object: JSON keeps the last, and the first would be lost without a word. */
function namesGivenTwice(file: string, text: string, root: Node): ContentProblem[] {
  const lineAt = lineIndex(text);
  const problems: ContentProblem[] = [];
  const visit = (node: Node) => {
    if (node.type === 'object') {
      const first = new Map<string, number>();
      for (const name of (node.children ?? []).flatMap((property) => property.children?.[0] ?? [])) {
        const key = String(name.value);
        const line = lineAt(name.offset);
        const earlier = first.get(key);
        if (earlier === undefined) first.set(key, line);
        else
          problems.push({
            file,
            line,
            message: `"${key}" is given twice in one object (first at line ${earlier}); JSON would keep only this one.`,
            hint: 'Merge the two into one entry, or remove the one you do not mean.',
          });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return problems;
}

function parse<S extends z.ZodType>(file: string, schema: S): JsonFile<z.output<S>> {
  const source = decodeSource(file, readFileSync(file));
  if (!('text' in source)) return { value: undefined, problems: [source], lines: {} };
  const errors: ParseError[] = [];
  const root = parseTree(source.text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  if (errors[0]) return { value: undefined, problems: [syntaxProblem(file, source.text, errors[0])], lines: {} };
  if (root?.type !== 'object') {
    return {
      value: undefined,
      lines: {},
      problems: [
        {
          file,
          line: 1,
          message: 'The file must hold one JSON object: { … }.',
          hint: `See the fields of ${basename(file)} in the project README.`,
        },
      ],
    };
  }
  const at = locateJson(file, source.text, root);
  const { value, problems } = validate(at, schema, getNodeValue(root) as Record<string, unknown>);
  const twice = namesGivenTwice(file, source.text, root);
  return { value: twice.length > 0 ? undefined : value, problems: [...twice, ...problems], lines: at.fieldLines() };
}

/**
 * Reads a JSON file of the content folder against its schema, once per version of the file: every problem
 * with its line, in the same form as the Markdown files' problems. A missing file gives `missing()`, if given.
 */
export function readJsonFile<S extends z.ZodType>(
  file: string,
  schema: S,
  missing?: () => z.output<S>,
): JsonFile<z.output<S>> {
  const stamp = fileStamp(file);
  if (stamp === undefined) {
    if (missing) return { value: missing(), problems: [], lines: {} };
    return {
      value: undefined,
      lines: {},
      problems: [
        {
          file,
          message: `${basename(file)} is missing.`,
          hint: 'Create it in the content folder; the project README lists its fields.',
        },
      ],
    };
  }
  return cached(`json:${file}`, stamp, () => parse(file, schema));
}

/** The value of a JSON file, or a ContentError listing its problems. */
export function loadJsonFile<S extends z.ZodType>(file: string, schema: S, missing?: () => z.output<S>): z.output<S> {
  const { value, problems } = readJsonFile(file, schema, missing);
  if (problems.length > 0 || value === undefined) throw new ContentError(problems);
  return value;
}
