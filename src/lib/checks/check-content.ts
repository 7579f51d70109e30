import { questionSchema } from '../../schemas/question.ts';
import { sectionSchema } from '../../schemas/section.ts';
import type { ContentProblem } from '../content-error.ts';
import { readContentFiles, toContentModel } from '../content-files.ts';
import { crossFileProblems, publishedIdProblems, type ContentModel } from '../content-rules.ts';
import { publishedIdsFile, readPublishedIds } from '../published-ids.ts';
import { bodyProblems } from './answer.ts';
import { frontmatterProblems } from './frontmatter.ts';
import { linkProblems, type LinkTargets } from './links.ts';
import type { SourceFile } from './source-file.ts';

/** Longest question text we accept: longer ones read as paragraphs, not questions. */
export const MAX_QUESTION_LENGTH = 200;

export interface ContentReport {
  problems: ContentProblem[];
  questionCount: number;
  sectionCount: number;
  /** Ids and aliases the registry does not list yet: `npm run ids:publish` records them once they are live. */
  unpublished: string[];
}

function questionTextProblems(source: SourceFile): ContentProblem[] {
  const text = source.data?.question;
  if (typeof text !== 'string' || text.trim() === '') return [];
  const line = source.fieldLine('question');
  const problems: ContentProblem[] = [];
  if (text !== text.trim()) {
    problems.push({ file: source.file, line, message: 'The question text starts or ends with a space.', hint: 'Remove the space inside the quotes.' });
  }
  if (text.length > MAX_QUESTION_LENGTH) {
    problems.push({
      file: source.file,
      line,
      message: `The question text is ${text.length} characters long; the limit is ${MAX_QUESTION_LENGTH}.`,
      hint: 'Shorten the question to one sentence and move the detail into the answer.',
    });
  }
  if (source.body.trim() === '') {
    problems.push({ file: source.file, line: source.bodyLine(0), message: 'The answer is empty.', hint: 'Write the answer below the frontmatter.' });
  }
  return problems;
}

function linkTargets(model: ContentModel, retired: string[]): LinkTargets {
  const aliasesOf = new Map(model.questions.map((q) => [q.id, q.aliases]));
  const sectionOf = new Map<string, string>();
  const sections = new Map(
    model.sections.map((section) => {
      const anchors = section.questions.flatMap((id) => [id, ...(aliasesOf.get(id) ?? [])]);
      for (const anchor of anchors) sectionOf.set(anchor, section.id);
      return [section.id, new Set(anchors)];
    }),
  );
  const permalinks = new Set([...model.questions.flatMap((q) => [q.id, ...q.aliases]), ...retired]);
  return { sections, permalinks, sectionOf };
}

/** Every rule the content must keep, checked straight from the files: all problems at once, each with file and line. */
export function checkContent(dir: string): ContentReport {
  const files = readContentFiles(dir);
  const model = toContentModel(files);
  const registry = readPublishedIds(dir);
  const targets = linkTargets(model, Object.keys(registry.retired));
  const sectionOfQuestion = new Map(model.sections.flatMap((s) => s.questions.map((id) => [id, s.id] as const)));
  const problems: ContentProblem[] = [];

  for (const { id, source } of files.questions) {
    problems.push(
      ...frontmatterProblems(source, questionSchema, 'question: "Can I use my own DNS server?"'),
      ...questionTextProblems(source),
      ...bodyProblems(source),
      ...linkProblems(source, targets, sectionOfQuestion.get(id)),
    );
  }
  for (const { id, source } of files.sections) {
    problems.push(
      ...frontmatterProblems(source, sectionSchema, 'title: "Networking"\norder: 5\nsummary: "One line about the section."\nquestions:\n  - question-id'),
      ...bodyProblems(source),
      ...linkProblems(source, targets, id),
    );
  }
  problems.push(...crossFileProblems(model), ...publishedIdProblems(model, registry, publishedIdsFile(dir)));
  const published = new Set(registry.published);
  const unpublished = model.questions.flatMap((q) => [q.id, ...q.aliases]).filter((id) => !published.has(id));
  return { problems, questionCount: files.questions.length, sectionCount: files.sections.length, unpublished };
}
