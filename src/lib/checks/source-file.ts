import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';

/** A Markdown or MDX file split into frontmatter and body, with the means to turn offsets into file lines. */
export interface SourceFile {
  file: string;
  source: string;
  /** Parsed frontmatter, or undefined when it is missing or not valid YAML. */
  data: Record<string, unknown> | undefined;
  /** YAML syntax errors, with their file lines. */
  yamlErrors: { line: number; message: string }[];
  hasFrontmatter: boolean;
  body: string;
  /** File line of a top-level frontmatter field, or of the frontmatter's start when it is absent. */
  fieldLine(field: string): number;
  /** File line of an offset into the body. */
  bodyLine(offset: number): number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function readSourceFile(file: string): SourceFile {
  const source = readFileSync(file, 'utf8');
  const match = FRONTMATTER.exec(source);
  const yamlText = match?.[1] ?? '';
  const body = match ? source.slice(match[0].length) : source;
  const bodyFirstLine = source.slice(0, source.length - body.length).split('\n').length;
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true });
  // Frontmatter YAML starts on the file's second line, after the opening ---.
  const toFileLine = (offset: number) => counter.linePos(offset).line + 1;
  const yamlErrors = doc.errors.map((error) => ({
    line: toFileLine(error.pos[0]),
    message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
  }));
  const value: unknown = yamlErrors.length === 0 ? doc.toJS() : undefined;
  const data = match && yamlErrors.length === 0 ? ((value && typeof value === 'object' ? value : {}) as Record<string, unknown>) : undefined;

  return {
    file,
    source,
    data,
    yamlErrors,
    hasFrontmatter: Boolean(match),
    body,
    fieldLine(field) {
      if (isMap(doc.contents)) {
        const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === field);
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (range) return toFileLine(range[0]);
      }
      return 1;
    },
    bodyLine: (offset) => bodyFirstLine + body.slice(0, offset).split('\n').length - 1,
  };
}

/** The body with code blocks and inline code blanked out (same length, same lines), so scans see only prose and markup. */
export function proseOnly(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return body
    .replace(/^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\1[ \t]*$|(?![\s\S]))/gm, blank)
    .replace(/(`+)[^`\n][\s\S]*?\1/g, blank);
}
