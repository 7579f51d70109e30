import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFile, type SourceFile } from './checks/source-file.ts';
import type { ContentModel } from './content-rules.ts';

export interface ContentFiles {
  questions: { id: string; source: SourceFile }[];
  sections: { id: string; source: SourceFile }[];
}

const entries = (dir: string) =>
  (existsSync(dir) ? readdirSync(dir).filter((name) => /\.mdx?$/.test(name)).sort() : []).map((name) => ({
    id: name.replace(/\.mdx?$/, ''),
    source: readSourceFile(join(dir, name)),
  }));

/** Reads a content folder straight from disk, without Astro: for the checks and command-line tools. */
export function readContentFiles(dir: string): ContentFiles {
  return { questions: entries(join(dir, 'questions')), sections: entries(join(dir, 'sections')) };
}

const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

/** The ids and lists that the cross-file rules need. */
export function toContentModel(files: ContentFiles): ContentModel {
  return {
    questions: files.questions.map(({ id, source }) => ({ id, file: source.file, aliases: strings(source.data?.aliases) })),
    sections: files.sections.map(({ id, source }) => ({ id, file: source.file, questions: strings(source.data?.questions) })),
  };
}

export const readContentModel = (dir: string) => toContentModel(readContentFiles(dir));
