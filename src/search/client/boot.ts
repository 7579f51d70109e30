/**
 * What every page runs for search before the reader touches it: the combobox's attributes, the shortcuts,
 * and a listener that loads the search code (and through it Pagefind) on first focus.
 */
export function boot(input: HTMLInputElement, listboxId: string, load: () => Promise<unknown>) {
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listboxId);
  input.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  input.addEventListener('focus', load, { once: true });

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
