/**
 * The ids the site's pages give their own parts, beside the questions' anchors. No heading of an answer may take one
 * (src/rules/site/page-anchors.ts): "### Main" would give a page two elements with the id `main`, and the skip link
 * would land on either. The header's search box also begins the ids of its parts: `site-search-results`, and each
 * result `site-search-results-3`.
 */
export const pageIds = {
  main: 'main',
  sectionNav: 'section-nav',
  themeToggle: 'theme-toggle',
  anchorNotice: 'anchor-notice',
  siteSearch: 'site-search',
} as const;

/** Whether a page's own parts use the id, so that a heading of an answer cannot have it. */
export const isPageId = (id: string) =>
  Object.values<string>(pageIds).includes(id) || id.startsWith(`${pageIds.siteSearch}-`);
