// "On this page" (OnThisPage.astro): marks the entry being read, the last heading that has passed the
// reading line just below what is stuck to the top (where an opened heading lands: its scroll-margin). At the end
// of the page, where the last headings cannot reach that line, the question opened by its anchor is marked instead.
const bar = document.querySelector<HTMLDetailsElement>('.toc-bar details');
const label = document.querySelector('[data-toc-current]');
if (bar && label) {
  const headings = [...document.querySelectorAll('.toc-target')];
  const links = [...document.querySelectorAll('.toc a')];
  const mark = () => {
    const line = parseFloat(getComputedStyle(headings[0]!).scrollMarginTop) + 40;
    let current = Math.max(
      0,
      headings.findLastIndex((heading) => heading.getBoundingClientRect().top < line),
    );
    const opened = document.querySelector(':target')?.closest('.question');
    if (opened && innerHeight + scrollY >= document.body.scrollHeight - 2) {
      // The last heading inside the opened question or before it: compareDocumentPosition is 2 only after it.
      current = Math.max(
        current,
        headings.findLastIndex((heading) => heading.compareDocumentPosition(opened) > 2),
      );
    }
    links.forEach((link, i) => (link.ariaCurrent = i === current ? 'location' : null));
    label.textContent = links[current]!.textContent;
    // A list taller than its box scrolls on its own (the column beside the page, the bar's open list, each the
    // entries' offsetParent): the entry being read stays in its middle, and the page stays put.
    const link = links[current] as HTMLElement;
    const list = link.offsetParent;
    if (list?.closest('.toc-bar')) list.scrollTop = link.offsetTop - list.clientHeight / 2;
  };
  addEventListener('scroll', () => requestAnimationFrame(mark));
  addEventListener('hashchange', mark);
  bar.addEventListener('toggle', mark);
  mark();
  // A choice in the bar closes it, so the question chosen is not hidden under the list (the focus goes on to the
  // heading chosen, which takes it, rather than vanishing with the entry); so do Esc, a click outside
  // it and focus leaving it (for the search box, say), as for the sections menu.
  document.querySelector('.toc')!.addEventListener('click', () => (bar.open = false));
  addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !bar.open) return;
    bar.open = false;
    bar.querySelector('summary')!.focus();
  });
  const outside = (event: Event) => {
    if (bar.open && !(event.target as Element).closest('.toc-bar')) bar.open = false;
  };
  addEventListener('click', outside);
  addEventListener('focusin', outside);
}
