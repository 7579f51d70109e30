import { pageIds } from '../urls/page-ids.ts';
import { sitePaths } from '../urls/site-paths.ts';

// The site's own paths, under the base path it was built for (BASE_PATH): the map and the search page.
const paths = sitePaths(import.meta.env.BASE_URL);

/**
 * What a fragment may have meant: as written; in lower case, as the site's anchors are ("#SLA"); and without the
 * punctuation of the sentence a link was pasted into, in chat or mail ("#sla).").
 */
function readings(id: string): string[] {
  const lower = id.toLowerCase();
  return [...new Set([id, lower, lower.replace(/[\s.,;:!?'"’”)\]}>/]+$/u, '')])].filter(Boolean);
}

/** Sends the reader to where a fragment now lands, or says plainly that nothing matches it. */
export async function rescue(id: string): Promise<void> {
  const meant = readings(id);
  for (const reading of meant.slice(1)) {
    const onPage = document.getElementById(reading);
    if (onPage && !onPage.closest('[data-departed]')) {
      location.replace(`#${encodeURIComponent(reading)}`);
      return;
    }
  }
  let target: string | undefined;
  try {
    const response = await fetch(paths.anchorMapPath());
    const map = (await response.json()) as Record<string, string>;
    // Own names only: "#constructor" would otherwise find the function every object inherits.
    target = meant.filter((reading) => Object.hasOwn(map, reading)).map((reading) => map[reading])[0];
  } catch {
    // Offline or the map is missing: fall through to the notice.
  }
  if (target) {
    const url = new URL(target, location.href);
    url.search = location.search;
    location.replace(url.href);
    return;
  }
  showNotice(id, meant.at(-1)!);
}

function showNotice(id: string, meant: string): void {
  const main = document.getElementById(pageIds.main);
  if (!main || document.getElementById(pageIds.anchorNotice)) return;
  // Until the fragment changes: then the notice goes, and a fragment that still matches nothing brings its own.
  const words = meant.replace(/[-_]+/g, ' ').trim();
  const notice = document.createElement('div');
  notice.id = pageIds.anchorNotice;
  // An alert, not a status: a live region is announced on a change, and this one arrives with its words.
  notice.setAttribute('role', 'alert');
  notice.className = 'no-print mb-6 rounded-md border border-line bg-raised px-4 py-3 text-sm';
  addEventListener('hashchange', () => notice.remove(), { once: true });
  const text = document.createElement('p');
  text.textContent = `No question matches the link “#${id}”. It may have been reworded or removed. `;
  const search = document.createElement('a');
  search.href = paths.searchPath(words);
  search.className = 'text-accent underline';
  search.textContent = `Search for “${words}”`;
  text.append(search, '.');
  notice.append(text);
  // Below the "On this page" bar where there is one: the bar, stuck under the header, would cover it.
  const bar = main.querySelector('.toc-bar');
  if (bar) bar.after(notice);
  else main.prepend(notice);
}
