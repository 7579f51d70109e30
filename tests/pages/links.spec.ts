import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { expect, it } from 'vitest';

const htmlFiles = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

it('every internal link and fragment in dist/ resolves', async () => {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: 'dist',
    recurse: true,
    checkFragments: true,
    // No network here: external pages are not fetched, but everything on the local server is.
    linksToSkip: ['^https?://(?!localhost|127\\.0\\.0\\.1)'],
  });
  const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (from ${link.parent}) ${link.status}`);
  expect(broken).toEqual([]);
  // It crawled the whole site: every section page was reached.
  const reached = new Set(result.links.filter((link) => link.state === 'OK').map((link) => link.url));
  for (const section of readdirSync('content/sections')) expect(reached).toContain(`dist/${section.replace(/\.mdx?$/, '')}/`);
});

it('every link that leaves the site is https and marked as external', () => {
  const problems: string[] = [];
  for (const file of htmlFiles) {
    const html = readFileSync(join('dist', file), 'utf8');
    for (const [tag, href] of html.matchAll(/<a\b[^>]*\bhref="([a-z][a-z0-9+.-]*:[^"]*)"[^>]*>/gi)) {
      if (href!.startsWith('mailto:')) continue;
      if (!href!.startsWith('https://')) problems.push(`${file}: ${href} is not https`);
      if (!/class="[^"]*\bexternal\b/.test(tag!)) problems.push(`${file}: ${href} is not marked external`);
    }
  }
  expect(problems).toEqual([]);
});
