import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { codeFingerprint } from '../../src/pipeline/code-fingerprint.ts';

it('changes when a Markdown plugin changes, and only then, so that cached answers are rendered again', () => {
  const folder = mkdtempSync(join(tmpdir(), 'markdown-plugins-'));
  writeFileSync(join(folder, 'code-frames.ts'), 'export const frame = 1;');
  writeFileSync(join(folder, 'external-links.ts'), 'export const mark = 1;');
  const before = codeFingerprint(folder);
  expect(codeFingerprint(folder)).toBe(before);
  writeFileSync(join(folder, 'code-frames.ts'), 'export const frame = 2;');
  const edited = codeFingerprint(folder);
  expect(edited).not.toBe(before);
  writeFileSync(join(folder, 'base-path-links.ts'), 'export const base = 1;');
  expect(codeFingerprint(folder)).not.toBe(edited);
});
