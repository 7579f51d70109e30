// The copy buttons: each question's "Copy link" (CopyLinkButton.astro) and each code block's "Copy code"
// (src/markdown/code-frames.ts), in the HTML but hidden until this runs, so that without JavaScript there are
// none. One delegated listener serves them all; the outcome shows on the button for two seconds and is
// announced through the page's status region.
const announcer = document.querySelector('[data-announce]')!;
// Each button's outcome, and the announcement, stay two seconds after the latest click, not the first.
const clearing = new WeakMap<Element, ReturnType<typeof setTimeout>>();
let announced: ReturnType<typeof setTimeout> | undefined;
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-url], button[data-copy-code]'))
  button.hidden = false;

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy-url], button[data-copy-code]');
  const shown = button?.lastElementChild;
  if (!button || !shown) return;
  const code = button.dataset.copyUrl === undefined;
  // A code block's code exactly as written: the text of its <pre>, which the button sits beside.
  const text = button.dataset.copyUrl ?? button.parentElement?.querySelector('pre')?.textContent ?? '';
  const copied = await navigator.clipboard.writeText(text).then(
    () => true,
    () => false,
  );
  shown.textContent = copied ? (code ? 'Copied' : 'Link copied') : 'Could not copy';
  announcer.textContent = copied ? `${code ? 'Code' : 'Link'} copied` : `Could not copy the ${code ? 'code' : 'link'}`;
  clearTimeout(clearing.get(shown));
  clearing.set(
    shown,
    setTimeout(() => (shown.textContent = ''), 2000),
  );
  clearTimeout(announced);
  announced = setTimeout(() => (announcer.textContent = ''), 2000);
});
