import { parseDocument, Parser } from 'yaml';
import { learnFaqSchema } from '../schemas/learn-faq.ts';
import { ContentError, type ContentProblem } from '../pipeline/problems.ts';
import { validate } from '../pipeline/validate.ts';
import { locateYaml } from '../pipeline/yaml-document.ts';

/** One question of an upstream FAQ file as written there, with the file lines it starts on. */
export interface LearnQuestion {
  /** The question in Learn's Markdown, without its block's line breaks at the ends. */
  question: string;
  /** The answer in Learn's Markdown, its trailing blank lines and whitespace-only lines emptied. */
  answer: string;
  line: number;
  /** The line of its `answer:` key. */
  answerLine: number;
}

export interface LearnSection {
  name: string;
  line: number;
  questions: LearnQuestion[];
}

/** A Learn `YamlMime:FAQ` file as the import and the sync read it. */
export interface LearnFaqFile {
  file: string;
  title: string;
  summary: string;
  /** The page's `ms.date`, as written (MM/DD/YYYY), when it has one. */
  msDate: string | undefined;
  /** Whether the page has Markdown after its questions (`additionalContent`), which the site has no place for. */
  additionalContent: boolean;
  sections: LearnSection[];
}

const MARKER = 'YamlMime:FAQ';

/** Learn's Markdown as a block scalar holds it: lines of only spaces emptied, no blank lines at the end. */
const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : line))
    .join('\n')
    .trimEnd();

/** Whether the file starts as every Learn FAQ does, with the comment `### YamlMime:FAQ`. */
function isLearnFaq(text: string): boolean {
  const first = new Parser().parse(text).next().value;
  return first?.type === 'comment' && first.source.replace(/^#+/, '').trim() === MARKER;
}

/** Reads a Learn FAQ file's text; a ContentError names every problem with its line and what to do. */
export function readLearnFaq(file: string, text: string): LearnFaqFile {
  const fail = (line: number, message: string, hint: string): never => {
    throw new ContentError([{ file, line, message, hint } satisfies ContentProblem]);
  };
  const doc = parseDocument(text, { uniqueKeys: true });
  const [error] = doc.errors;
  if (error)
    fail(
      error.linePos?.[0].line ?? 1,
      `The file is not valid YAML: ${error.message.split('\n')[0]}`,
      'Check the indentation and quotes on this line and the one before; a Learn FAQ indents with spaces.',
    );
  if (!isLearnFaq(text))
    fail(
      1,
      `The file is not a Microsoft Learn FAQ: it does not start with "### ${MARKER}".`,
      "Give the path of a Learn FAQ page's YAML file (such as articles/aks/faq.yml in its docs repository).",
    );
  const at = locateYaml(file, doc, text, 1);
  const { value, problems } = validate(at, learnFaqSchema, (doc.toJS() ?? {}) as Record<string, unknown>);
  if (!value) throw new ContentError(problems);

  const { metadata, additionalContent } = value as { metadata?: Record<string, unknown>; additionalContent?: unknown };
  return {
    file,
    title: value.title.trim(),
    summary: tidy(value.summary ?? ''),
    msDate: typeof metadata?.['ms.date'] === 'string' ? metadata['ms.date'] : undefined,
    additionalContent: typeof additionalContent === 'string' && additionalContent.trim() !== '',
    sections: value.sections.map((section, s) => ({
      name: section.name.trim(),
      line: at.lineOf(['sections', s]),
      questions: section.questions.map((question, q) => ({
        question: question.question.trim(),
        answer: tidy(question.answer),
        line: at.lineOf(['sections', s, 'questions', q, 'question']),
        answerLine: at.lineOf(['sections', s, 'questions', q], 'answer'),
      })),
    })),
  };
}
