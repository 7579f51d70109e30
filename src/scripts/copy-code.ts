/**
 * A copy button on every code block of the page, added here so that without JavaScript there is none.
 * It copies the code exactly as written; the outcome shows on the button for two seconds and is
 * announced through the page's status region.
 */
const ICON =
  '<svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2"><rect x="9" y="9" width="12" height="12" rx="2"></rect><path d="M5 15V5a2 2 0 0 1 2-2h10"></path></svg>';

for (const frame of document.querySelectorAll('.code-block')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code absolute top-2 right-2 flex items-center gap-1 rounded border border-line bg-raised p-1 text-xs text-muted hover:text-accent';
  button.innerHTML = `${ICON}<span class="sr-only">Copy code</span><span class="empty:hidden"></span>`;
  frame.append(button);
}

const announcer = document.querySelector('[data-announce]')!;

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest('button.copy-code');
  const code = button?.parentElement?.querySelector('pre')?.textContent;
  const shown = button?.lastElementChild;
  if (code === undefined || code === null || !shown) return;
  const copied = await navigator.clipboard.writeText(code).then(() => true, () => false);
  shown.textContent = copied ? 'Copied' : 'Could not copy';
  announcer.textContent = copied ? 'Code copied' : 'Could not copy the code';
  setTimeout(() => (shown.textContent = announcer.textContent = ''), 2000);
});
