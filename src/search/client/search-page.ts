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

const box = enhance(root, {
  popup: false,
  limit: 20,
  onSearch(query, section) {
    document.title = query ? `${query} – ${baseTitle}` : baseTitle;
    const address = addressOf(query, section);
    if (address === location.pathname + location.search) return;
    // Another section is another view, which Back returns from; words being typed refine the current one.
    if (section !== fromAddress()[1]) history.pushState(null, '', address);
    else history.replaceState(null, '', address);
  },
});

addEventListener('popstate', () => box.search(...fromAddress()));
const [query, section] = fromAddress();
box.search(query, section);
if (!query) input.focus();
