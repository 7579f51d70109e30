import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCollection } from '../../src/gate/check-content.ts';
import type { AnswerFormat } from '../corpus/answer-text.ts';
import { corpusDir } from '../corpus/corpus-dir.ts';
import { DEFAULT_SEED, writeCorpus } from '../corpus/write-corpus.ts';

/** One content folder the benchmark builds and measures. */
export interface BenchTarget {
  /** `aks`, or `<questions>-<format>` for a synthetic corpus. */
  label: string;
  contentDir: string;
  questions: number;
  /** Answer files: the AKS content mixes .md and .mdx. */
  format: AnswerFormat | 'mixed';
  /** Where its builds go. */
  outDir: string;
  /** The section page measured in the browser: the one with the most questions. */
  sectionPath: string;
  sectionQuestions: number;
  /** The answer file the warm rebuild edits. */
  touchFile: string;
}

export type Size = 'aks' | number;

/** The site's own content, or a synthetic corpus of a size and format. */
export type TargetSpec = { size: 'aks' } | { size: number; format: AnswerFormat };

const benchDir = fileURLToPath(new URL('..', import.meta.url));

function describe(label: string, contentDir: string, format: BenchTarget['format']): BenchTarget {
  const questions = readCollection(contentDir, 'questions').files;
  const sections = readCollection(contentDir, 'sections').files.map((section) => ({
    id: section.id,
    questions: section.data?.questions ?? [],
  }));
  const largest = sections.reduce((best, section) =>
    section.questions.length > best.questions.length ? section : best,
  );
  const firstQuestion = questions.find((question) => question.id === largest.questions[0])!;
  return {
    label,
    contentDir,
    questions: questions.length,
    format,
    outDir: `${benchDir}corpora/dist/${label}`,
    sectionPath: `/${largest.id}/`,
    sectionQuestions: largest.questions.length,
    touchFile: firstQuestion.file,
  };
}

/**
 * Writes the content folder for a size: a copy of the site's own content for `aks` (so the warm rebuild
 * never edits the real files), or a freshly generated corpus, the same every time for the same seed.
 */
export function prepareTarget(spec: TargetSpec): BenchTarget {
  if (spec.size === 'aks') {
    const dir = `${benchDir}corpora/aks`;
    rmSync(dir, { recursive: true, force: true });
    cpSync(fileURLToPath(new URL('../../content', import.meta.url)), dir, { recursive: true });
    return describe('aks', dir, 'mixed');
  }
  const { size, format } = spec;
  const dir = corpusDir(size, format);
  writeCorpus({ count: size, format, seed: DEFAULT_SEED, outDir: dir });
  return describe(`${size}-${format}`, dir, format);
}
