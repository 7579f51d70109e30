import { join } from 'node:path';
import { readCollection } from '../../src/gate/check-content.ts';
import { readJsonFile } from '../../src/pipeline/json-file.ts';
import { jsonFiles } from '../../src/schemas/json-files.ts';

/** The content folder the site was built from: FAQ_CONTENT_DIR, as for the build, else content/. */
export const contentFolder = () => process.env.FAQ_CONTENT_DIR ?? 'content';

/** What the tests expect to find on the site, read from the content files through the content pipeline. */
export interface ExpectedSection {
  id: string;
  title: string;
  order: number;
  questions: { id: string; text: string; formerly: string[] }[];
}

export function readContent(dir = contentFolder()): ExpectedSection[] {
  const questions = new Map(readCollection(dir, 'questions').files.map((file) => [file.id, file.data!]));
  return readCollection(dir, 'sections')
    .files.map(({ id, data }) => ({
      id,
      title: data!.title,
      order: data!.order,
      questions: data!.questions.map((questionId) => {
        const { question, formerly } = questions.get(questionId)!;
        return { id: questionId, text: question, formerly };
      }),
    }))
    .sort((a, b) => a.order - b.order);
}

/** The site settings the build used. */
export const readSiteSettings = (dir = contentFolder()) =>
  readJsonFile(join(dir, 'site.json'), jsonFiles.site.schema).value!;
