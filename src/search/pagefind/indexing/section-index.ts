import type { SearchRecord } from '../../record.ts';
import { droppedPagefindFile } from '../bundle-files.ts';
import { blockId, type LayoutFile } from '../section-layout.ts';
import { sectionRecord, spansOf } from '../section-records.ts';
import { recordNames } from './fragment-names.ts';
import { pagefindFiles, type IndexFile } from './pagefind-index.ts';

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

/** Pagefind's index of a site's questions, one record per section, and where each question is in it. */
export interface SectionIndex {
  /** The files of Pagefind's bundle the site serves. */
  files: IndexFile[];
  /** The layout of the sections' records, but for the folder of the questions' files. */
  layout: Omit<LayoutFile, 'questionFolder'>;
  /** Each question with its name in search (`blockId`), section by section. */
  questions: { id: string; record: SearchRecord }[];
}

/** Pagefind's index of the records, one record per section (section-records.ts), and its layout. */
export async function sectionIndex(records: SearchRecord[]): Promise<SectionIndex> {
  const spans = spansOf(records);
  const sections = bySection(records).map((questions) => ({ questions, ...sectionRecord(questions, spans) }));
  const files = await pagefindFiles(sections.map(({ record }) => record));
  const names = recordNames(files);
  const named = sections.map((section) => {
    const hash = names.get(section.record.url);
    if (!hash) throw new Error(`Search: Pagefind wrote no fragment for ${section.record.url}.`);
    return { ...section, hash };
  });
  return {
    files: files.filter(({ path }) => !droppedPagefindFile(path)),
    layout: { ...spans, sections: named.map(({ hash, classes }) => [hash, classes]) },
    questions: named.flatMap(({ hash, questions }) =>
      questions.map((record, index) => ({ id: blockId({ hash, index }), record })),
    ),
  };
}
