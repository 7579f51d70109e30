import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastCommitDates, lastUpdated } from '../../src/faq/last-updated-fs.ts';

/** A git repository whose questions/ folder has a.md committed twice and b.md once, on known dates. */
function repository() {
  const root = mkdtempSync(join(tmpdir(), 'faq-git-'));
  const dir = join(root, 'content', 'questions');
  mkdirSync(dir, { recursive: true });
  const git = (args: string[], date?: string) =>
    execFileSync('git', ['-c', 'user.name=Writer', '-c', 'user.email=writer@example.org', ...args], {
      cwd: root,
      env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    });
  git(['init', '-q']);
  const commit = (files: Record<string, string>, date: string) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    git(['add', '.']);
    git(['commit', '-q', '-m', 'change'], date);
  };
  commit({ 'a.md': 'first', 'b.md': 'first' }, '2026-01-10T09:00:00Z');
  commit({ 'a.md': 'second' }, '2026-05-20T17:30:00Z');
  writeFileSync(join(root, 'elsewhere.md'), 'outside the folder');
  commit({}, '2026-09-01T00:00:00Z');
  return { root, dir };
}

describe('last updated', () => {
  it('reads the last commit of every file of a folder from one git log', async () => {
    const { dir } = repository();
    const dates = await lastCommitDates(dir);
    expect(
      Object.fromEntries([...dates].map(([file, date]) => [file.slice(dir.length + 1), date.toISOString()])),
    ).toEqual({
      'a.md': '2026-05-20T17:30:00.000Z',
      'b.md': '2026-01-10T09:00:00.000Z',
    });
  });

  it('prefers the updated field, then the last commit, then the modification time of a file git does not know', async () => {
    const { dir } = repository();
    writeFileSync(join(dir, 'new.md'), 'not committed yet');
    utimesSync(join(dir, 'new.md'), new Date('2026-11-02T08:00:00Z'), new Date('2026-11-02T08:00:00Z'));
    const entry = (file: string, updated?: Date) => ({ filePath: join(dir, file), data: { updated } });
    expect(await lastUpdated(entry('a.md', new Date('2026-02-01')))).toEqual(new Date('2026-02-01'));
    expect(await lastUpdated(entry('a.md'))).toEqual(new Date('2026-05-20T17:30:00Z'));
    expect(await lastUpdated(entry('new.md'))).toEqual(new Date('2026-11-02T08:00:00Z'));
  });

  it('falls back to modification times in a folder without git history', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faq-no-git-'));
    writeFileSync(join(dir, 'c.md'), 'unpacked from an archive');
    utimesSync(join(dir, 'c.md'), new Date('2025-12-24T12:00:00Z'), new Date('2025-12-24T12:00:00Z'));
    expect((await lastCommitDates(dir)).size).toBe(0);
    expect(await lastUpdated({ filePath: join(dir, 'c.md'), data: {} })).toEqual(new Date('2025-12-24T12:00:00Z'));
  });
});
