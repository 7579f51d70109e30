import { enhance } from './combobox.ts';

// /search/?q=words&section=id: the address always says what the page shows, so it can be shared and Back restores it.
const root = document.querySelector<HTMLElement>('main [data-search-root]')!;
const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
const baseTitle = document.title;
document.querySelector('[data-search-fallback]')?.remove();

const addressOf = (query: string, section: string) => {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (section) params.set('section', section);
  return `${location.pathname}${params.size ? `?${params}` : ''}`;
};

const fromAddress = () => {
  const params = new URLSearchParams(location.search);
  return [params.get('q') ?? '', params.get('section') ?? ''] as const;
};

// The section shown: an address's unknown section (an old link after a rename) shows all, and is not a view of its own.
let shown = '';

const box = enhance(root, {
  popup: false,
  limit: 20,
  onSearch(query, section) {
    document.title = query ? `${query} – ${baseTitle}` : baseTitle;
    const address = addressOf(query, section);
    // Another section is another view, which Back returns from; words being typed refine the current one.
    const anotherView = section !== shown;
    shown = section;
    if (address === location.pathname + location.search) return;
    if (anotherView) history.pushState(null, '', address);
    else history.replaceState(null, '', address);
  },
});

addEventListener('popstate', () => (shown = box.search(...fromAddress())));
const [query, section] = fromAddress();
shown = box.search(query, section);
if (!query) input.focus();
