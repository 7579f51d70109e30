import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LinkChecker } from 'linkinator';
import { forEachBuiltSite } from '../support/built-sites.ts';
import { attribute, findAll, parsePage, textOf } from '../support/html.ts';

forEachBuiltSite((dir) => {
  const htmlFiles = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

  test('every internal link and fragment resolves, and links reach every page of the sitemap', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: dir,
      recurse: true,
      checkFragments: true,
      // No network here: external pages are not fetched, but everything on the local server is.
      linksToSkip: ['^https?://(?!localhost|127\\.0\\.0\\.1)'],
    });
    const broken = result.links
      .filter((link) => link.state === 'BROKEN')
      .map((link) => `${link.url} (from ${link.parent}) ${link.status}`);
    expect(broken).toEqual([]);
    const reached = new Set(
      result.links
        .filter((link) => link.state === 'OK')
        .map((link) => `/${link.url.slice(dir.length).replace(/^\//, '').replace(/#.*$/, '')}`),
    );
    const listed = findAll(
      parsePage(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')),
      (element) => element.tagName === 'loc',
    ).map((loc) => new URL(textOf(loc)).pathname);
    expect(listed.length).toBeGreaterThan(1);
    expect(
      listed.filter((path) => !reached.has(path)),
      'pages of the sitemap that no link leads to',
    ).toEqual([]);
  });

  test('every link that leaves the site is https and marked as external', () => {
    const problems: string[] = [];
    for (const file of htmlFiles) {
      for (const link of findAll(
        parsePage(readFileSync(join(dir, file), 'utf8')),
        (element) => element.tagName === 'a',
      )) {
        const href = attribute(link, 'href') ?? '';
        if (!/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('mailto:')) continue;
        if (!href.startsWith('https://')) problems.push(`${file}: ${href} is not https`);
        if (!(attribute(link, 'className') ?? '').split(' ').includes('external'))
          problems.push(`${file}: ${href} is not marked external`);
      }
    }
    expect(problems).toEqual([]);
  });
});
