import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { removeOlderFiles } from '../../src/integrations/reused-output.ts';

it('removes the files a build did not write, and the folders they leave empty, but never a .git folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faq-output-'));
  const since = Date.now();
  const file = (path: string, written: 'before' | 'during') => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), path);
    const seconds = (written === 'before' ? since - 60_000 : since + 1_000) / 1000;
    utimesSync(join(dir, path), seconds, seconds);
  };
  file('index.html', 'during');
  file('q/kept/index.html', 'during');
  file('q/removed/index.html', 'before');
  file('pagefind/fragment/en_old.pf_fragment', 'before');
  file('pagefind/fragment/en_new.pf_fragment', 'during');
  file('.git/HEAD', 'before');

  expect(removeOlderFiles(dir, since)).toBe(false);
  expect(existsSync(join(dir, 'index.html'))).toBe(true);
  expect(existsSync(join(dir, 'q/kept/index.html'))).toBe(true);
  expect(existsSync(join(dir, 'q/removed'))).toBe(false);
  expect(existsSync(join(dir, 'pagefind/fragment/en_old.pf_fragment'))).toBe(false);
  expect(existsSync(join(dir, 'pagefind/fragment/en_new.pf_fragment'))).toBe(true);
  expect(existsSync(join(dir, '.git/HEAD'))).toBe(true);
});
