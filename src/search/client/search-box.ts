import { boot } from './boot.ts';

// The header's search box (SearchBox.astro), or on the search page that page's own box, which its page
// script runs; and on a page opened from a result, the searched words marked.
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const root = input?.closest<HTMLElement>('[data-search-root]');
if (input && root) {
  boot(input, `${input.id}-results`, async () => {
    if (!root.closest('header')) return;
    const { enhance } = await import('./combobox.ts');
    enhance(root, { popup: true, limit: 6 });
  });
}
if (new URLSearchParams(location.search).has('highlight')) {
  void import('./highlight.ts').then(({ highlightSearchWords }) => highlightSearchWords());
}
