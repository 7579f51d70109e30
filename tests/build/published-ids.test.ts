import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../support/build-fixture.ts';

/** A writable copy of the fixture site, to edit as a writer would. */
function copyOfFixtureSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'faq-content-'));
  cpSync('tests/fixtures/site', dir, { recursive: true });
  return dir;
}

describe('astro build with published ids', () => {
  it('fails, naming the id and the fix, when a published question is deleted without an alias', async () => {
    const dir = copyOfFixtureSite();
    rmSync(join(dir, 'questions/moved.md'));
    writeFileSync(join(dir, 'sections/beta.md'), readFileSync(join(dir, 'sections/beta.md'), 'utf8').replace('  - moved\n', '  - renamed\n'));
    writeFileSync(join(dir, 'sections/alpha.md'), readFileSync(join(dir, 'sections/alpha.md'), 'utf8').replace('  - renamed\n', ''));
    const result = await buildContent(dir);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('published-ids.json');
    expect(result.output).toContain('The published id "moved" no longer resolves to any question');
    expect(result.output).toContain('add "moved" to that question\'s "aliases"');
  });

  it('keeps a question id and its anchor when the question is reworded', async () => {
    const dir = copyOfFixtureSite();
    const before = await buildContent(dir);
    const file = join(dir, 'questions/reworded.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('How do I reach the API server from a pod?', 'How can a pod call the API server?'));
    const after = await buildContent(dir);
    for (const result of [before, after]) {
      expect(result.code).toBe(0);
      expect(readFileSync(join(result.outDir, 'alpha/index.html'), 'utf8')).toContain('id="reworded"');
      expect(readFileSync(join(result.outDir, 'q/reworded/index.html'), 'utf8')).toContain('url=/alpha/#reworded');
    }
    expect(readFileSync(join(after.outDir, 'alpha/index.html'), 'utf8')).toContain('How can a pod call the API server?');
  });
});
