import { expect, type Page } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { attribute, findAll, parsePage, textOf, type HtmlNode } from './html.ts';

export interface BuiltPage {
  /** The address to open it at. */
  path: string;
  /** How many questions the page shows: the work a check of the page does grows with them. */
  questions: number;
}

const hasClass = (name: string) => (element: HtmlNode) =>
  (attribute(element, 'className') ?? '').split(' ').includes(name);

/**
 * Every page of a build that a reader can open: all HTML files except the permalink pages that only redirect
 * to a section page. The 404 page is opened at an address that does not exist, and the search page once more
 * with the first question of the index as its query.
 */
export function builtPages(dir = 'dist'): BuiltPage[] {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir}/ holds no built site: run npm run build first (npm test does).`);
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, page: parsePage(readFileSync(join(dir, file), 'utf8')) }))
    .filter(({ page }) => !findAll(page, (element) => attribute(element, 'httpEquiv') === 'refresh').length)
    .map(({ file, page }) => ({
      path: `/${file.split(sep).join('/')}`
        .replace(/(^|\/)index\.html$/, '$1')
        .replace(/\.html$/, '/')
        .replace(/^\/404\/$/, '/no-such-page/'),
      questions: findAll(page, hasClass('question-heading')).length,
    }));
  const [firstQuestion] = findAll(
    parsePage(readFileSync(join(dir, 'index.html'), 'utf8')),
    hasClass('faq-index'),
  ).flatMap((index) => findAll(index, (element) => element.tagName === 'li').map(textOf));
  const query = { path: `/search/?q=${encodeURIComponent(firstQuestion!.trim())}`, questions: 0 };
  return [...pages, query].toSorted((a, b) => a.path.localeCompare(b.path));
}

/** Opens a built page at `origin` and waits until it has settled: the search page with a query shows its results. */
export async function openBuilt(page: Page, origin: string, { path }: BuiltPage) {
  const response = await page.goto(`${origin}${path}`);
  if (path.startsWith('/search/?')) await expect(page.locator('[role="listbox"][aria-busy="false"]')).toBeAttached();
  return response!;
}
