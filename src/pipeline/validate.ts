import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { didYouMean } from './nearest.ts';
import type { ContentProblem } from './problems.ts';

type ObjectSchema = z.ZodObject<z.ZodRawShape>;
const shapeOf = (schema: z.ZodType) => ('shape' in schema ? (schema as ObjectSchema).shape : {});

/**
 * Where a file may be pointed at: the line of each field, each list item (`questions[2]`) and each key of a map
 * (`retired.old-id`).
 */
export type FieldLines = Record<string, number>;

/** A parsed YAML front matter or JSON file, with the means to find the file line of any of its values. */
export interface LocatedDocument {
  file: string;
  /** How the file is written: examples in hints are written the same way. */
  syntax: 'yaml' | 'json';
  /** File line of the document's first line, where a missing field is reported. */
  firstLine: number;
  /** File line of the value at `path`, or of the key `key` inside it. */
  lineOf(path: readonly PropertyKey[], key?: string): number;
}

/** A name as written in a path: as it is when it is one word, in quotes when it is empty or has spaces. */
const name = (part: PropertyKey) => (/^[\w-]+$/.test(String(part)) ? String(part) : JSON.stringify(String(part)));

/** A path as an author reads it: `aliases[1]`, `retired.old-id.section`, `"clock drift"[1]`. */
const pathText = (path: readonly PropertyKey[]) =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? name(part) : `.${name(part)}`)).join('');

/** A field written the way its file writes it, from the example its schema gives. */
export function exampleOf(schema: z.ZodType, field: string, syntax: LocatedDocument['syntax']): string {
  const example = ((shapeOf(schema)[field] as z.ZodType | undefined)?.meta() as { examples?: unknown[] } | undefined)
    ?.examples?.[0];
  if (example === undefined) return syntax === 'yaml' ? `${field}: …` : `"${field}": …`;
  if (syntax === 'json') return `"${field}": ${JSON.stringify(example)}`;
  if (typeof example === 'string') return `${field}: ${JSON.stringify(example)}`;
  // Ids go in plain, as lists of ids are written; texts in quotes.
  const item = (value: unknown) => (/^[\w-]+$/.test(String(value)) ? String(value) : JSON.stringify(value));
  if (Array.isArray(example)) return `${field}: [${example.map(item).join(', ')}]`;
  return stringify({ [field]: example }).trimEnd();
}

/** For a file that is a map of entries (no fixed fields), its schema's example entries, or a plain request. */
function entryExample(schema: z.ZodType, syntax: LocatedDocument['syntax']): string {
  const example = (schema.meta() as { examples?: unknown[] } | undefined)?.examples?.[0];
  if (example === undefined || syntax !== 'json') return 'Correct this entry.';
  return `Correct this entry; entries look like this:\n${JSON.stringify(example, null, 2)}`;
}

/**
 * The data as its schema outputs it, or every way it breaks the schema, each on the line of the field at fault, in
 * words for the author.
 */
export function validate<S extends z.ZodType>(
  at: LocatedDocument,
  schema: S,
  data: Record<string, unknown>,
): { value?: z.output<S>; problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  const fields = Object.keys(shapeOf(schema));
  const problems = result.error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = issue.path.length === 0 ? fields : [];
      return issue.keys.map((key) => ({
        file: at.file,
        line: at.lineOf(issue.path, key),
        message: `Unknown field "${pathText([...issue.path, key])}".${didYouMean(key, known)}`,
        hint: known.length > 0 ? `The fields are: ${known.join(', ')}. Rename or remove "${key}".` : `Remove "${key}".`,
      }));
    }
    // A record's key that breaks its schema carries the key schema's own words inside.
    const words = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    const field = String(issue.path[0] ?? '');
    const example = field && field in shapeOf(schema) ? exampleOf(schema, field, at.syntax) : '';
    if (issue.path.length === 1 && !(field in data)) {
      return [
        {
          file: at.file,
          line: at.firstLine,
          message: `The required field "${field}" is missing.`,
          hint: `Add it, for example:\n${example || `"${field}"`}`,
        },
      ];
    }
    return [
      {
        file: at.file,
        line: at.lineOf(issue.path),
        message: issue.path.length > 0 ? `${pathText(issue.path)}: ${words}` : words,
        hint: example ? `Write it like this:\n${example}` : entryExample(schema, at.syntax),
      },
    ];
  });
  return { problems };
}
