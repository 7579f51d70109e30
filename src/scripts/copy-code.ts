/**
 * A copy button on every code block of the page, added here so that without JavaScript there is none.
 * It copies the code exactly as written and says so, on the button and to screen readers.
 */
const LABEL = 'Copy code';
const ICON =
  '<svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2"><rect x="9" y="9" width="12" height="12" rx="2"></rect><path d="M5 15V5a2 2 0 0 1 2-2h10"></path></svg>';

for (const frame of document.querySelectorAll('.code-block')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.innerHTML = `${ICON}<span class="sr-only">${LABEL}</span>`;
  frame.append(button);
}

const announcer = document.querySelector('[data-announce]');

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.copy-code');
  const pre = button?.parentElement?.querySelector('pre');
  const label = button?.querySelector('span');
  if (!button || !pre || !label) return;
  let message = 'Copied';
  try {
    await navigator.clipboard.writeText(pre.textContent ?? '');
  } catch {
    message = 'Could not copy';
  }
  label.textContent = message;
  label.classList.remove('sr-only');
  if (announcer) announcer.textContent = message === 'Copied' ? 'Code copied' : 'Could not copy the code';
  setTimeout(() => {
    label.textContent = LABEL;
    label.classList.add('sr-only');
    if (announcer) announcer.textContent = '';
  }, 2000);
});
