import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { blockId, layoutFileName, type LayoutFile } from '../layout.ts';
import { questionFile, questionFilePath, sectionRecord, spansOf, type SearchRecord } from '../record.ts';
import { pagefindFiles, type IndexFile } from './pagefind-index.ts';

/** A file of the search bundle (`/pagefind/`), its path relative to the bundle folder. */
export interface BundleFile {
  path: string;
  content: Uint8Array | string;
}

// Pagefind also writes its ready-made search UIs, its highlighter, its worker and a fragment per record; the
// site has its own search (src/search/client/), which shows questions from its own files.
const unusedPagefindFile = (path: string) =>
  path.startsWith('fragment/') ||
  /^pagefind-(?:(?:modular-|component-)?ui\.(?:js|css)|highlight\.js|worker\.js)$/.test(path);

// Pagefind writes each fragment as gzip of this signature followed by the record as JSON.
const fragmentSignature = 'pagefind_dcd';

/** Pagefind's name for each record, by the record's URL: the hash its fragment file is named by. */
function recordNames(files: IndexFile[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const { path, content } of files) {
    const name = /^fragment\/(.+)\.pf_fragment$/.exec(path)?.[1];
    if (!name) continue;
    const text = gunzipSync(content).toString('utf8');
    if (!text.startsWith(fragmentSignature))
      throw new Error(
        `Search: Pagefind's ${path} is not in the format this site reads; is the pinned Pagefind version installed?`,
      );
    names.set((JSON.parse(text.slice(fragmentSignature.length)) as { url: string }).url, name);
  }
  return names;
}

/** The records grouped by section, in reading order. */
function bySection(records: SearchRecord[]): SearchRecord[][] {
  const sections = new Map<string, SearchRecord[]>();
  for (const record of records) {
    const section = sections.get(record.sectionId);
    if (section) section.push(record);
    else sections.set(record.sectionId, [record]);
  }
  return [...sections.values()];
}

/** The questions' files, in a folder named by a digest of them all. */
function questionFiles(sections: { hash: string; questions: SearchRecord[] }[]): {
  folder: string;
  files: BundleFile[];
} {
  const files = sections.flatMap(({ hash, questions }) =>
    questions.map((question, index) => ({
      id: blockId({ hash, index }),
      content: JSON.stringify(questionFile(question)),
    })),
  );
  const digest = createHash('sha256');
  for (const { id, content } of files) digest.update(id).update(content);
  const folder = digest.digest('hex').slice(0, 10);
  return { folder, files: files.map(({ id, content }) => ({ path: questionFilePath(folder, id), content })) };
}

/**
 * Everything search serves from `/pagefind/`: Pagefind's index of one record per section, the layout that
 * finds each question in its section's record (src/search/layout.ts), and one small file per question that
 * a result is shown from.
 */
export async function searchBundle(records: SearchRecord[]): Promise<BundleFile[]> {
  if (records.length === 0) throw new Error('Search: the site has no questions to index.');
  const spans = spansOf(records);
  const sections = bySection(records).map((questions) => ({ questions, ...sectionRecord(questions, spans) }));
  const files = await pagefindFiles(sections.map(({ record }) => record));
  const names = recordNames(files);
  const named = sections.map((section) => {
    const hash = names.get(section.record.url);
    if (!hash) throw new Error(`Search: Pagefind wrote no fragment for ${section.record.url}.`);
    return { ...section, hash };
  });
  const questions = questionFiles(named);
  const layout: LayoutFile = {
    questionFolder: questions.folder,
    ...spans,
    sections: named.map(({ hash, classes }) => [hash, classes]),
  };
  return [
    ...files.filter(({ path }) => !unusedPagefindFile(path)),
    { path: layoutFileName, content: JSON.stringify(layout) },
    ...questions.files,
  ];
}
