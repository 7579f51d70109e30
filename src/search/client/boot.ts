/**
 * What every page runs for search before the reader touches it: the shortcuts its box announces
 * (aria-keyshortcuts, SearchBox.astro), and a listener that loads the search code (and through it Pagefind) on
 * first focus.
 */
export function boot(input: HTMLInputElement, load: () => Promise<unknown>) {
  let loading: Promise<unknown> | undefined;
  let loaded = false;
  const start = () => (loading ??= load().finally(() => (loaded = true)));
  input.addEventListener('focus', start, { once: true });

  // Enter pressed before the search code has loaded would open the search page, where the same Enter a moment
  // later opens the best result: it waits for the code and is given to it, and opens the page only if the
  // code does not take it (no result) or cannot load.
  input.form?.addEventListener('submit', (event) => {
    if (loaded) return;
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    start().then(
      () =>
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })) &&
        form.submit(),
      () => form.submit(),
    );
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (typing || event.defaultPrevented || !(slash || k)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
