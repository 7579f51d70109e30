import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { aksFaqOnly, aksSections } from '../support/aks-faq.ts';
import { contentFolder } from '../support/content.ts';

// Readers copy the AKS answers' commands and manifests: each copy button must give exactly what the answer's
// file has in its code block, read here from the file's own syntax tree.
aksFaqOnly();

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const codeIn = (node: Node): string[] => (node.type === 'code' ? [node.value!] : (node.children ?? []).flatMap(codeIn));

function codeBlocksOf(id: string): string[] {
  const dir = join(contentFolder(), 'questions');
  const file = readdirSync(dir).find((name) => name.replace(/\.mdx?$/, '') === id)!;
  const text = readFileSync(join(dir, file), 'utf8');
  return codeIn((file.endsWith('.mdx') ? mdxToMdast(text) : markdownToMdast(text)) as Node);
}

const withCode = aksSections
  .map((section) => ({ ...section, code: section.questions.flatMap((q) => codeBlocksOf(q.id)) }))
  .filter((section) => section.code.length > 0);

test('the AKS answers have code blocks in two sections', () => {
  expect(withCode.map((section) => section.id)).toEqual(['security', 'add-ons']);
});

for (const section of withCode) {
  test(`every code block of /${section.id}/ copies exactly its code`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/${section.id}/`);
    const buttons = page.getByRole('button', { name: 'Copy code' });
    await expect(buttons).toHaveCount(section.code.length);
    for (const [i, code] of section.code.entries()) {
      await buttons.nth(i).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    }
  });
}
