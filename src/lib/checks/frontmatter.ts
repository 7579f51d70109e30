import type { z } from 'astro/zod';
import type { ContentProblem } from '../content-error.ts';
import { didYouMean } from './nearest.ts';
import type { SourceFile } from './source-file.ts';

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

/** Problems with a file's frontmatter: missing, not YAML, or not matching the collection's schema. */
export function frontmatterProblems(source: SourceFile, schema: ObjectSchema, example: string): ContentProblem[] {
  const { file } = source;
  if (!source.hasFrontmatter) {
    return [{ file, line: 1, message: 'The file has no frontmatter.', hint: `Start the file with a frontmatter block:\n---\n${example}\n---` }];
  }
  if (source.yamlErrors.length > 0) {
    return source.yamlErrors.map(({ line, message }) => ({
      file,
      line,
      message: `The frontmatter is not valid YAML: ${message}`,
      hint: 'Check the quotes, colons and indentation on this line; a value containing ": " or starting with a quote must be quoted as a whole.',
    }));
  }
  const data = source.data ?? {};
  const known = Object.keys(schema.shape);
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line: source.fieldLine(key),
        message: `Unknown field "${key}".${didYouMean(key, known)}`,
        hint: `The fields are: ${known.join(', ')}. Rename or remove "${key}".`,
      }));
    }
    const field = String(issue.path[0] ?? '');
    const missing = field !== '' && !(field in data);
    return [
      {
        file,
        line: missing ? 1 : source.fieldLine(field),
        message: missing
          ? `The required field "${field}" is missing.`
          : `The field "${issue.path.join('.')}" is invalid: ${issue.message}.`,
        hint: missing ? `Add it to the frontmatter, for example:\n${example}` : `Correct the value of "${field}", as in:\n${example}`,
      },
    ];
  });
}
