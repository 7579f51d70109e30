import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentWith, runScript } from '../support/content-copy.ts';

/** Every file of a folder with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

describe('npm run build', () => {
  it('leaves the previous site byte-for-byte unchanged when the new build fails', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'faq-site-')), 'dist');
    expect((await runScript('build', contentWith(), ['--outDir', outDir])).code).toBe(0);
    const before = snapshot(outDir);
    expect(Object.keys(before)).toContain('/alpha/index.html');

    const broken = contentWith({ 'questions/moved.md': '---\nquestion: "Resize?"\n---\n\n' });
    const result = await runScript('build', broken, ['--outDir', outDir]);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('still holds the previous site, unchanged');
    expect(snapshot(outDir)).toEqual(before);
    expect(existsSync(`${outDir}.next`)).toBe(false);
  });

  it('replaces the previous site when the new build succeeds', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'faq-site-')), 'dist');
    expect((await runScript('build', contentWith(), ['--outDir', outDir])).code).toBe(0);
    const reworded = contentWith({ 'questions/moved.md': '---\nquestion: "Can node pool disks grow?"\n---\n\nNo.\n' });
    expect((await runScript('build', reworded, ['--outDir', outDir])).code).toBe(0);
    expect(readFileSync(join(outDir, 'beta/index.html'), 'utf8')).toContain('Can node pool disks grow?');
  });
});
