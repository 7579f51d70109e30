import { expect, it } from 'vitest';
import { inSitemap, routeOf } from '../../src/urls/routes.ts';

it("keeps the site's own routes out of the sitemap, and its pages in", () => {
  expect(['/', '/operations/'].filter(inSitemap)).toEqual(['/', '/operations/']);
  expect(['/q/sla/', '/search/', '/404/', '/all/', '/pagefind/x.js'].filter(inSitemap)).toEqual([]);
});

it('finds the route a path starts with', () => {
  expect(routeOf('/feed.xml')?.kind).toBe('file');
  expect(routeOf('/_astro/a.css')?.name).toBe('_astro');
  expect(routeOf('/networking/')).toBeUndefined();
});
