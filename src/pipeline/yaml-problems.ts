import { CST, Parser, Scalar, isScalar, visit, type Document, type YAMLError } from 'yaml';
import { CLOSING_CURLY_QUOTES, curlyQuotesAround } from '../schemas/curly-quotes.ts';
import type { ContentProblem } from './problems.ts';

type Worded = Pick<ContentProblem, 'message' | 'hint'>;
type QuotedScalar = CST.FlowScalar & { type: 'single-quoted-scalar' | 'double-quoted-scalar' };

const isQuoted = (token: CST.Token | undefined | null): token is QuotedScalar =>
  token?.type === 'single-quoted-scalar' || token?.type === 'double-quoted-scalar';

/**
 * The quoted values YAML found no closing quote for, read as YAML tokens. Such a value runs on to the next quote like
 * its own, or to the end of the front matter, where YAML reports it: the writer's mistake is where it opens.
 */
function unclosedValues(yaml: string, errors: readonly YAMLError[]): QuotedScalar[] {
  const ends = new Set(errors.filter((error) => error.code === 'MISSING_CHAR').map((error) => error.pos[0]));
  const found: QuotedScalar[] = [];
  for (const token of new Parser().parse(yaml)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const part of [item.key, item.value])
        if (isQuoted(part) && ends.has(part.offset + part.source.length)) found.push(part);
    });
  }
  return found;
}

/** A quoted value without its closing quote, as a word processor leaves one: a curly ’ or ” typed in its place. */
function unclosedWords(value: QuotedScalar): Worded {
  const quote = value.source[0]!;
  // Its first line is the value as the writer meant it, less the ] or } of a list it ends; the rest was swallowed.
  const meant = value.source.split('\n')[0]!.replace(/[\s\]},]+$/u, '');
  const curly = meant.slice(1).at(-1);
  if (!curly || !CLOSING_CURLY_QUOTES.includes(curly))
    return {
      message: `The value opened with ${quote} on this line is never closed.`,
      hint: `End the value with a straight ${quote} on this line.`,
    };
  return {
    message:
      `The value opened with ${quote} on this line is never closed: ` +
      `it ends with a curly ${curly}, which YAML does not read as a closing quote.`,
    hint: `Replace the curly ${curly} at the end of the value with a straight ${quote}.`,
  };
}

/** Every line indented with a tab, as one problem on the first: each line has the same mistake and the same fix. */
function tabIndented(lines: number[]): Worded {
  const [, ...more] = lines;
  return {
    message:
      (more.length === 0
        ? 'This line is indented with a tab'
        : `This line and ${more.length} more (${more.join(', ')}) are indented with tabs`) +
      ', which YAML does not allow.',
    hint: `Replace each tab at the start of ${more.length === 0 ? 'the line' : 'these lines'} with two spaces.`,
  };
}

/** The YAML errors of a front matter in words for the writer, each on the line to fix. */
export function yamlProblems(
  file: string,
  yaml: string,
  errors: readonly YAMLError[],
  lineAt: (offset: number) => number,
): ContentProblem[] {
  const tabLines = [...new Set(errors.filter((e) => e.code === 'TAB_AS_INDENT').map((e) => lineAt(e.pos[0])))];
  const unclosed = unclosedValues(yaml, errors);
  // What YAML finds wrong inside or at the end of an unclosed value follows from it, and goes when it is closed.
  const swallowed = (offset: number) =>
    unclosed.some((value) => value.offset <= offset && offset <= value.offset + value.source.length);
  const problems = errors.flatMap((error): ContentProblem[] => {
    if (error.code === 'TAB_AS_INDENT' || swallowed(error.pos[0])) return [];
    if (error.code === 'DUPLICATE_KEY')
      return [
        {
          file,
          line: lineAt(error.pos[0]),
          message: `The field "${/^[^:\n]*/.exec(yaml.slice(error.pos[0]))![0].trim()}" is written twice.`,
          hint: 'Keep one of the two lines: merge their values into it, and remove the other.',
        },
      ];
    return [
      {
        file,
        line: lineAt(error.pos[0]),
        message: `The front matter is not valid YAML: ${error.message.split('\n')[0]}`,
        hint:
          'Check the quotes, colons and indentation on this line; ' +
          'a value containing ": " or starting with a quote must be quoted as a whole.',
      },
    ];
  });
  return [
    ...unclosed.map((value) => ({ file, line: lineAt(value.offset), ...unclosedWords(value) })),
    ...(tabLines.length > 0 ? [{ file, line: tabLines[0], ...tabIndented(tabLines) }] : []),
    ...problems,
  ];
}

/**
 * The fields whose value, written without quotes, ends with a straight " that nothing in it opens: quoted at its end
 * only (Does AKS support it?"), YAML keeps the quote in the value and the page would show it. A value quoted as a
 * whole is the writer's as written ('Disks up to 32"').
 */
export function halfQuotedValues(file: string, doc: Document, lineAt: (offset: number) => number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(doc, {
    Pair(_, { key, value }) {
      if (!isScalar(value) || value.type !== Scalar.PLAIN || typeof value.value !== 'string') return;
      const text = value.value;
      // Straight quotes pair in turn: an odd number leaves one without its partner. One that a curly quote opens
      // (“How?") is the curly quote's mistake, which the schema words.
      if (!text.endsWith('"') || text.split('"').length % 2 === 1 || curlyQuotesAround(text)) return;
      const name = String(isScalar(key) ? key.value : key);
      problems.push({
        file,
        line: lineAt(value.range![0]),
        message:
          `The ${name} ends with a straight " that nothing opens: written without quotes, ` +
          'the value keeps it, and the page would show it.',
        hint:
          'Remove the " at the end; or, if it belongs to the text (an inch mark), write the whole value in single ' +
          `quotes: ${name}: '${text.replaceAll("'", "''")}'`,
      });
    },
  });
  return problems;
}
