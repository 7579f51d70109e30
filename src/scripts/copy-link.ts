// The questions' "Copy link" buttons (CopyLinkButton.astro), hidden until this runs. One delegated listener
// serves every button; the outcome shows on the button for two seconds and is announced through the page's
// status region.
const announcer = document.querySelector('[data-announce]')!;
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-url]')) button.hidden = false;

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy-url]');
  const shown = button?.lastElementChild;
  if (!button || !shown) return;
  shown.textContent = announcer.textContent = await navigator.clipboard
    .writeText(button.dataset.copyUrl!)
    .then(() => 'Link copied', () => 'Could not copy the link');
  setTimeout(() => (shown.textContent = announcer.textContent = ''), 2000);
});
