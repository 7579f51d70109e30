import { createHash } from 'node:crypto';
import { layoutFileName, type LayoutFile } from '../pagefind/section-layout.ts';
import { sectionIndex } from '../pagefind/indexing/section-index.ts';
import { askedLengths } from '../pagefind/section-records.ts';
import { questionFile, questionFilePath, type SearchRecord } from '../record.ts';

/** A file of the search bundle (`/pagefind/`), its path relative to the bundle folder. */
export interface BundleFile {
  path: string;
  content: Uint8Array | string;
}

/** The questions' files, in a folder named by a digest of them all. */
function questionFiles(questions: { id: string; record: SearchRecord }[]): { folder: string; files: BundleFile[] } {
  const files = questions.map(({ id, record }) => ({
    id,
    content: JSON.stringify(questionFile(record, askedLengths(record))),
  }));
  const digest = createHash('sha256');
  for (const { id, content } of files) digest.update(id).update(content);
  const folder = digest.digest('hex').slice(0, 10);
  return { folder, files: files.map(({ id, content }) => ({ path: questionFilePath(folder, id), content })) };
}

/**
 * Everything search serves from `/pagefind/`: Pagefind's index of one record per section, the layout that
 * finds each question in its section's record (src/search/pagefind/), and one small file per question that
 * a result is shown from.
 */
export async function searchBundle(records: SearchRecord[]): Promise<BundleFile[]> {
  if (records.length === 0) throw new Error('Search: the site has no questions to index.');
  const index = await sectionIndex(records);
  const questions = questionFiles(index.questions);
  const layout: LayoutFile = { questionFolder: questions.folder, ...index.layout };
  return [...index.files, { path: layoutFileName, content: JSON.stringify(layout) }, ...questions.files];
}
