import { findQuestions, type Found } from './find.ts';
import type { Hit } from './hit.ts';
import { loadSearchIndex } from './search-index.ts';

export interface SearchOptions {
  /** A dropdown under the header box (closes on Esc and on leaving it), or a list that stays on the page. */
  popup: boolean;
  /** How many results to show (the search page shows as many more at a time on request). */
  limit: number;
  /** Called after every search with the words as typed (a single letter too: it is the reader's, not searched). */
  onSearch?: (query: string, section: string) => void;
}

export interface SearchBox {
  /** Sets the words and the section, and searches; returns the section searched ("" for all, or for an unknown one). */
  search: (query: string, section: string) => string;
}

function part<T extends Element>(root: Element, name: string): T {
  const element = root.querySelector<T>(`[data-search-${name}]`);
  if (!element) throw new Error(`Search markup lacks [data-search-${name}]`);
  return element;
}

function renderHit(hit: Hit, id: string): HTMLAnchorElement {
  const option = document.createElement('a');
  option.id = id;
  option.href = hit.url;
  option.tabIndex = -1;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.className = 'block rounded-md px-3 py-2 text-ink hover:bg-raised aria-selected:bg-accent-soft';
  const question = document.createElement('span');
  question.className = 'block font-semibold text-accent';
  question.textContent = hit.question;
  const section = document.createElement('span');
  section.className = 'block text-xs text-muted';
  section.textContent = hit.section;
  const excerpt = document.createElement('span');
  excerpt.className = 'mt-0.5 block text-sm text-muted';
  for (const { text, mark } of hit.excerpt) {
    if (!mark) {
      excerpt.append(text);
      continue;
    }
    const highlight = document.createElement('mark');
    highlight.textContent = text;
    excerpt.append(highlight);
  }
  option.append(question, section, excerpt);
  return option;
}

/** The question a result leads to, whatever words it highlights. */
const questionOf = (option: HTMLAnchorElement) => option.pathname + option.hash;

// The most of the reader's words the status line repeats: a pasted error log must not push the results away.
const quotedLength = 80;
const quoted = (words: string) =>
  `“${words.length > quotedLength ? `${words.slice(0, quotedLength).replace(/\s+\S*$/u, '')}…` : words}”`;

/** What the status line says about a search: how many results, for which words, or that nothing matched. */
function statusText(query: string, found: Found): string {
  if (found.nothingToSearch) return `No results for ${quoted(query)}: add the words that say what you need.`;
  if (found.total === 0) return `No results for ${quoted(query)}.`;
  if (found.closest) return `No results for ${quoted(query)}. The closest questions:`;
  const count =
    found.total > found.hits.length
      ? `${found.hits.length} of ${found.total} results`
      : `${found.total} ${found.total === 1 ? 'result' : 'results'}`;
  return found.searched ? `${count} for ${quoted(found.searched)}` : count;
}

/**
 * Turns a search input and its panel into a WAI-ARIA combobox with a listbox of results: results follow
 * typing, Up and Down move through them, Enter opens the active one, Esc closes the list and then clears.
 */
export function enhance(root: HTMLElement, options: SearchOptions): SearchBox {
  const input = part<HTMLInputElement>(root, 'input');
  const panel = part<HTMLElement>(root, 'panel');
  const section = part<HTMLSelectElement>(root, 'section');
  const status = part<HTMLElement>(root, 'status');
  const listbox = part<HTMLElement>(root, 'results');
  const empty = part<HTMLElement>(root, 'empty');
  const all = root.querySelector<HTMLAnchorElement>('[data-search-all]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  let limit = options.limit;

  let active = -1;
  // Set when the reader moves through the results, cleared when they type: a refresh then keeps their choice.
  let chosen: string | undefined;
  let shown = '';
  let pending: string | undefined;
  let running = false;
  let loaded = false;
  // The dropdown opens on its status line alone while the first search loads ("Searching…") or when search failed:
  // a slow or broken network must not look like a box that does nothing.
  let statusOnly = false;
  // Enter pressed while the typed words were still being searched: their best result opens when it is shown.
  let openWhenShown = false;

  const resultOptions = () => [...listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  /** Whether the reader chose this result with the keys or the pointer, rather than search making it the best. */
  const isChosen = (option: HTMLAnchorElement | undefined) => option !== undefined && questionOf(option) === chosen;

  /**
   * Marks the result Enter opens. Assistive technology is pointed at it only when the reader chose it: the best result
   * of each keystroke, read out whole, would drown the count of results.
   */
  function setActive(index: number) {
    const list = resultOptions();
    active = list.length === 0 ? -1 : (index + list.length) % list.length;
    list.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const current = list[active];
    if (isChosen(current)) input.setAttribute('aria-activedescendant', current!.id);
    else input.removeAttribute('aria-activedescendant');
    // The dropdown scrolls to the result; the search page scrolls only to one the reader chose.
    if (options.popup || isChosen(current)) current?.scrollIntoView({ block: 'nearest' });
  }

  /** The reader's own choice of result, which a refresh of the results keeps while it is among them. */
  function choose(index: number) {
    const list = resultOptions();
    chosen = list.length === 0 ? undefined : questionOf(list[(index + list.length) % list.length]!);
    setActive(index);
  }

  /** Says `text` in the status line, a live region: words it already says are not announced again. */
  const say = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };

  function setOpen(open: boolean) {
    const visible = open && (shown !== '' || statusOnly);
    if (options.popup) panel.hidden = !visible;
    const expanded = visible && resultOptions().length > 0;
    input.setAttribute('aria-expanded', String(expanded));
    // A closed list has no active option for assistive technology to announce.
    const current = resultOptions()[active];
    if (expanded && isChosen(current)) input.setAttribute('aria-activedescendant', current!.id);
    else input.removeAttribute('aria-activedescendant');
  }

  function show(query: string, found: Found, idle = '') {
    shown = query;
    statusOnly = false;
    listbox.replaceChildren(...found.hits.map((hit, i) => renderHit(hit, `${listbox.id}-${i}`)));
    listbox.hidden = found.hits.length === 0;
    // The status line says what to add to words that search nothing: no advice to try fewer.
    empty.hidden = query === '' || found.nothingToSearch === true || (found.total > 0 && !found.closest);
    say(query === '' ? idle : statusText(query, found));
    const fewer = found.closest !== true && found.total > found.hits.length;
    const lastMore = more !== null && !fewer && document.activeElement === more;
    if (more) more.hidden = !fewer;
    if (all) {
      all.hidden = !fewer;
      // The link's path is the search page's, as the page was built (under the site's base path); only its query
      // changes.
      const search = new URLSearchParams(section.value ? { q: query, section: section.value } : { q: query });
      all.href = `${all.pathname}?${search}`;
    }
    // The best match is active at once, so Enter after typing opens it, unless the reader had chosen one
    // that is still there.
    const kept = resultOptions().findIndex(isChosen);
    if (lastMore) {
      // The last results shown, the button gone: the reader goes on from the first of them where the page is, the
      // focus back in the box (without scrolling to it), so that the arrow keys go on through the results.
      input.focus({ preventScroll: true });
      choose(limit - options.limit);
    } else setActive(Math.max(kept, 0));
    setOpen(!options.popup || root.contains(document.activeElement));
    if (openWhenShown && pending === undefined) {
      openWhenShown = false;
      resultOptions()[active]?.click();
    }
  }

  async function run(query: string) {
    // A single character matches the start of nearly every word: wait for a second one.
    const trimmed = query.trim().length > 1 ? query.trim() : '';
    try {
      const superseded = () => pending !== undefined;
      // Words waiting for search to load say so, not what was said of the words before them ("two letters or more").
      if (trimmed && !loaded) {
        say('Searching…');
        statusOnly = true;
        setOpen(!options.popup || root.contains(document.activeElement));
      }
      const found = trimmed
        ? await findQuestions(trimmed, { section: section.value, limit, superseded })
        : { total: 0, hits: [] };
      if (!found) return;
      // The search page says why one letter shows no results; the dropdown just waits.
      show(trimmed, found, !options.popup && !trimmed && query.trim() ? 'Type two letters or more to search.' : '');
      options.onSearch?.(query.trim(), section.value);
    } catch {
      listbox.replaceChildren();
      listbox.hidden = true;
      empty.hidden = true;
      say('Search is not available right now.');
      statusOnly = true;
      setOpen(!options.popup || root.contains(document.activeElement));
    }
  }

  // Searches follow typing without a timer: one search at a time, and only the latest words are searched next.
  async function schedule(query: string) {
    pending = query;
    if (running) return;
    running = true;
    listbox.setAttribute('aria-busy', 'true');
    while (pending !== undefined) {
      const next = pending;
      pending = undefined;
      await run(next);
    }
    running = false;
    openWhenShown = false;
    listbox.setAttribute('aria-busy', 'false');
  }

  input.addEventListener('input', () => {
    chosen = undefined;
    openWhenShown = false;
    limit = options.limit;
    void schedule(input.value);
  });
  section.addEventListener('change', () => {
    limit = options.limit;
    void schedule(input.value);
  });
  more?.addEventListener('click', () => {
    limit += options.limit;
    void schedule(input.value);
  });

  input.addEventListener('keydown', (event) => {
    if (event.altKey || event.isComposing) return;
    const open = !options.popup || !panel.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      else choose(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      // An Enter pressed before search had loaded (search-box.ts) counts only while the reader is still here: taken
      // here, it opens no result, nor the search page in place of one.
      if (document.activeElement !== input) return void event.preventDefault();
      // The results on screen may be for fewer words than are typed: Enter opens the best result for all of them.
      if (running) {
        event.preventDefault();
        openWhenShown = true;
        return;
      }
      const option = resultOptions()[active];
      if (option && open) {
        event.preventDefault();
        option.click();
      }
    } else if (event.key === 'Escape') {
      if (options.popup && open && (shown || statusOnly)) {
        event.preventDefault();
        setOpen(false);
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
        void schedule('');
      }
    }
  });

  // Esc in the section filter closes the dropdown too, and gives the words back their focus.
  section.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !options.popup || panel.hidden) return;
    event.preventDefault();
    input.focus();
    setOpen(false);
  });

  listbox.addEventListener('pointermove', (event) => {
    // A finger moving over the results scrolls them: it chooses none.
    if (event.pointerType === 'touch') return;
    const option = (event.target as Element).closest('[role="option"]');
    const index = resultOptions().indexOf(option as HTMLAnchorElement);
    if (index >= 0 && index !== active) choose(index);
  });

  // Focus moving to the section filter or a link in the panel keeps the dropdown open; anywhere else closes it, and a
  // pending Enter no longer opens a result once it arrives.
  root.addEventListener('focusout', () => {
    setTimeout(() => {
      if (root.contains(document.activeElement)) return;
      openWhenShown = false;
      if (options.popup) setOpen(false);
    });
  });
  if (options.popup) input.addEventListener('focus', () => setOpen(true));
  else panel.hidden = false;

  void loadSearchIndex().then(
    () => (loaded = true),
    () => say('Search is not available right now.'),
  );
  if (input.value.trim()) void schedule(input.value);

  return {
    search(query, sectionId) {
      input.value = query;
      section.value = [...section.options].some((option) => option.value === sectionId) ? sectionId : '';
      limit = options.limit;
      void schedule(query);
      return section.value;
    },
  };
}
