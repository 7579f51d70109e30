import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { readContent } from '../support/content.ts';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const codeIn = (node: Node): string[] => (node.type === 'code' ? [node.value!] : (node.children ?? []).flatMap(codeIn));

/** The code of every code block of a question, exactly as its file writes it. */
function codeBlocksOf(id: string): string[] {
  const file = readdirSync('content/questions').find((name) => name.replace(/\.mdx?$/, '') === id)!;
  const body = readFileSync(join('content/questions', file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return codeIn((file.endsWith('.mdx') ? mdxToMdast(body) : markdownToMdast(body)) as Node);
}

const sections = readContent().map((section) => ({ ...section, code: section.questions.flatMap((q) => codeBlocksOf(q.id)) }));
const withCode = sections.filter((section) => section.code.length > 0);
const withoutCode = sections.filter((section) => section.code.length === 0);

test('every code block has a copy button that copies exactly its code and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  expect(withCode.length, 'the content has code blocks').toBeGreaterThan(0);
  for (const section of withCode) {
    await page.goto(`/${section.id}/`);
    const buttons = page.getByRole('button', { name: 'Copy code' });
    await expect(buttons).toHaveCount(section.code.length);
    for (const [i, code] of section.code.entries()) {
      await buttons.nth(i).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
      await expect(page.locator('.code-block').nth(i).getByText('Copied', { exact: true })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Code copied' })).toHaveCount(1);
    }
  }
});

test('the copy button is reached and pressed by keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const section = withCode[0]!;
  await page.goto(`/${section.id}/`);
  await page.locator('.code-block pre').first().focus();
  await page.keyboard.press('Tab');
  const button = page.getByRole('button', { name: 'Copy code' }).first();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Code copied' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(section.code[0]);
  await expect(button).toBeFocused();
});

test('pages without code load no copy button code', async ({ page }) => {
  const scriptsOf = () => page.locator('script').evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).src || s.textContent || ''));
  await page.goto(`/${withCode[0]!.id}/`);
  expect((await scriptsOf()).some((script) => script.includes('code-block')), 'a page with code has the script').toBe(true);
  for (const section of withoutCode) {
    await page.goto(`/${section.id}/`);
    expect((await scriptsOf()).filter((script) => script.includes('code-block')), section.id).toEqual([]);
    await expect(page.locator('button.copy-code')).toHaveCount(0);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no copy button and the code can still be selected', async ({ page }) => {
    const section = withCode[0]!;
    await page.goto(`/${section.id}/`);
    await expect(page.locator('.code-block pre').first()).toBeVisible();
    await expect(page.locator('button.copy-code')).toHaveCount(0);
    const pre = page.locator('.code-block pre').first();
    await pre.selectText();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(section.code[0]);
  });
});
