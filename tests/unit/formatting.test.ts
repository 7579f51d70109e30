import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getFileInfo } from 'prettier';
import { expect, it } from 'vitest';

// The writers' files stay as they write them, wherever a fork keeps its content (--content, FAQ_CONTENT_DIR):
// `npm run lint` and npm test would otherwise fail on an unpadded table, and `npm run format` rewrite it.
it('Prettier leaves alone every file of a content folder, also one kept outside content/', async () => {
  const files = readdirSync('content', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative('content', join(entry.parentPath, entry.name)));
  expect(files).toContain('site.json');
  const formatted = [];
  for (const file of files.map((file) => join('my-faq', file))) {
    if (!(await getFileInfo(file, { ignorePath: '.prettierignore' })).ignored) formatted.push(file);
  }
  expect(formatted).toEqual([]);
});
