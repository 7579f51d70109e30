import { boot } from './boot.ts';
import comboboxUrl from './combobox.ts?module-url';
import highlightUrl from './highlight.ts?module-url';

type Combobox = typeof import('./combobox.ts');
type Highlight = typeof import('./highlight.ts');

// The header's search box (SearchBox.astro), or on the search page that page's own box, which its page
// script runs; and on a page opened from a result, the searched words marked. The rest of search loads by
// URL (src/integrations/module-urls.ts), so no preload helper runs on every page before search is used.
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const root = input?.closest<HTMLElement>('[data-search-root]');
if (input && root) {
  boot(input, async () => {
    if (!root.closest('header')) return;
    const { enhance } = (await import(/* @vite-ignore */ comboboxUrl)) as Combobox;
    enhance(root, { popup: true, limit: 6 });
  });
}
if (new URLSearchParams(location.search).has('highlight')) {
  void (import(/* @vite-ignore */ highlightUrl) as Promise<Highlight>).then(({ highlightSearchWords }) =>
    highlightSearchWords(),
  );
}
