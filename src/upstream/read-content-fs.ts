import { join } from 'node:path';
import { checkContent } from '../gate/check-content.ts';
import { readJsonFile } from '../pipeline/json-file.ts';
import { ContentError } from '../pipeline/problems.ts';
import { bodyOf } from '../pipeline/source-text.ts';
import type { ContentFile } from '../pipeline/content-file.ts';
import { jsonFiles } from '../schemas/json-files.ts';
import { answerText, type ContentState, type QuestionState, type SectionState } from './content-state.ts';

/** The front matter of a file the pipeline read, between its `---` lines. */
const frontMatterOf = (file: ContentFile) =>
  (file.source?.text ?? '').slice(0, file.bodyStart).split('\n').slice(1, -1).join('\n');

const encodingOf = (file: ContentFile) => ({ bom: file.source?.bom ?? false, crlf: file.source?.crlf ?? false });

const strings = (value: unknown) => [value ?? []].flat().map(String);

/**
 * A content folder as the sync works on it, read through the content gate: a folder with a problem is
 * refused (a ContentError listing them all), since the sync could not tell an edit from a mistake.
 */
export function readContentState(dir: string): ContentState {
  const report = checkContent(dir);
  if (report.problems.length > 0) throw new ContentError(report.problems);
  const questions = report.questions.map((file): QuestionState => ({
    id: file.id,
    extension: file.file.endsWith('.mdx') ? '.mdx' : '.md',
    question: file.data!.question,
    aliases: strings(file.raw['aliases']),
    formerly: strings(file.raw['formerly']),
    movedFrom: strings(file.raw['movedFrom']),
    updated: file.raw['updated'] === undefined ? undefined : String(file.raw['updated']),
    body: `${answerText(bodyOf(file))}\n`,
    frontMatter: frontMatterOf(file),
    encoding: encodingOf(file),
  }));
  const sections = report.sections.map((file): SectionState => ({
    id: file.id,
    title: file.data!.title,
    order: file.data!.order,
    summary: file.data!.summary,
    questions: file.data!.questions,
    intro: bodyOf(file),
    frontMatter: frontMatterOf(file),
    encoding: encodingOf(file),
  }));
  const record = readJsonFile(join(dir, 'upstream.json'), jsonFiles.upstream.schema, jsonFiles.upstream.missing);
  return {
    questions: new Map(questions.map((q) => [q.id, q])),
    sections: new Map(sections.map((s) => [s.id, s])),
    registry: report.registry,
    record: record.value!,
  };
}
