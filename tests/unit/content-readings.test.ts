import { appendFileSync, existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { expect, it } from 'vitest';
import { checkContent } from '../../src/gate/check-content.ts';
import type { ContentFile } from '../../src/pipeline/content-file.ts';
import { keepReadingsIn } from '../../src/pipeline/content-file.ts';
import { contentWith } from '../support/content-copy.ts';

interface Saved {
  version: string;
  entries: Map<string, ContentFile>;
}

/** Where a process keeps its readings: a cache folder of its own, as Astro's is. */
const tempCacheDir = () => mkdtempSync(join(tmpdir(), 'faq-readings-'));
const readingsOf = (cacheDir: string) => join(cacheDir, 'content-readings.bin');

/** The kept reading of a file, whatever the digest of its bytes. */
const readingOf = (saved: Saved, file: string) => [...saved.entries].find(([key]) => key.startsWith(`${file}\n`))![1];

/** What a new process would start from: the readings on disk, none in memory, and every file with a new stamp. */
function newProcess(cacheDir: string, dir: string) {
  keepReadingsIn(cacheDir);
  const later = new Date(Date.now() + 60_000);
  for (const id of ['time-sync', 'plain-question']) utimesSync(join(dir, 'questions', `${id}.md`), later, later);
}

/** Rewrites one kept reading, so that a report showing it proves the file was not parsed again. */
function alterSaved(cacheDir: string, change: (saved: Saved) => void) {
  const saved = deserialize(readFileSync(readingsOf(cacheDir))) as Saved;
  change(saved);
  writeFileSync(readingsOf(cacheDir), serialize(saved));
}

const questionText = (dir: string, id: string) =>
  checkContent(dir).questions.find((question) => question.id === id)?.raw['question'];

it('keeps the reading of every content file for the next process, which parses only the files whose bytes changed', () => {
  const dir = contentWith();
  const path = tempCacheDir();
  keepReadingsIn(path);
  expect(checkContent(dir).problems).toEqual([]);
  expect(existsSync(readingsOf(path))).toBe(true);
  const saved = deserialize(readFileSync(readingsOf(path))) as Saved;
  expect(saved.entries.size).toBe(checkContent(dir).questions.length + checkContent(dir).sections.length);

  alterSaved(path, (saved) => {
    for (const id of ['time-sync', 'plain-question'])
      readingOf(saved, join(dir, 'questions', `${id}.md`)).raw['question'] = `Kept reading of ${id}`;
  });
  newProcess(path, dir);
  appendFileSync(join(dir, 'questions', 'plain-question.md'), '\nOne more line.\n');
  expect(questionText(dir, 'time-sync')).toBe('Kept reading of time-sync');
  expect(questionText(dir, 'plain-question')).not.toBe('Kept reading of plain-question');
});

it('reads every file again when the readings were made by other code', () => {
  const dir = contentWith();
  const path = tempCacheDir();
  keepReadingsIn(path);
  checkContent(dir);
  alterSaved(path, (saved) => {
    saved.version = 'other code';
    readingOf(saved, join(dir, 'questions', 'time-sync.md')).raw['question'] = 'Kept reading';
  });
  newProcess(path, dir);
  expect(questionText(dir, 'time-sync')).not.toBe('Kept reading');
});

it("keeps a file's mistakes with its reading, so the next process reports them without parsing it", () => {
  const dir = contentWith({ 'questions/time-sync.md': '---\nquestion: [unclosed\n---\n\nBody.\n' });
  const path = tempCacheDir();
  keepReadingsIn(path);
  const [problem, ...others] = checkContent(dir).problems;
  expect(problem).toMatchObject({ file: join(dir, 'questions', 'time-sync.md') });
  alterSaved(path, (saved) => {
    readingOf(saved, problem!.file).problems[0]!.message = 'Kept message';
  });
  newProcess(path, dir);
  expect(checkContent(dir).problems).toEqual([{ ...problem, message: 'Kept message' }, ...others]);
});
