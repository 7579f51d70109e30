// The section navigation (SectionNav.astro): browsers expose a popover's state natively; mirroring it in
// aria-expanded keeps every assistive tool in step.
const nav = document.getElementById('section-nav');
const opener = document.querySelector('[popovertarget="section-nav"]');
if (nav && opener) {
  opener.ariaExpanded = 'false';
  nav.addEventListener('toggle', (event) => (opener.ariaExpanded = String((event as ToggleEvent).newState === 'open')));
}
