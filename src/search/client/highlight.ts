import { percentDecoded } from '../../utils/percent-decoded.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function mark(root: Element, pattern: RegExp) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const value = text.data;
    const found = [...value.matchAll(pattern)];
    if (found.length === 0) continue;
    const pieces = document.createDocumentFragment();
    let at = 0;
    for (const match of found) {
      pieces.append(value.slice(at, match.index));
      const highlight = document.createElement('mark');
      highlight.className = 'pagefind-highlight';
      highlight.textContent = match[0];
      pieces.append(highlight);
      at = match.index + match[0].length;
    }
    pieces.append(value.slice(at));
    text.replaceWith(pieces);
  }
}

/** Takes the marks off again, their text left as it was. */
function unmark() {
  for (const highlight of document.querySelectorAll('mark.pagefind-highlight')) {
    const parent = highlight.parentNode!;
    highlight.replaceWith(highlight.textContent ?? '');
    parent.normalize();
  }
}

/** Marks the words of `?highlight=` in the question the fragment names, and only there. */
function markOpened() {
  unmark();
  const words = (new URLSearchParams(location.search).get('highlight') ?? '').split(/\s+/).filter(Boolean);
  const target = document.getElementById(percentDecoded(location.hash.slice(1)));
  const question = target?.closest('.question') ?? document.querySelector('main');
  if (!question || words.length === 0) return;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  for (const part of question.querySelectorAll('.question-heading, .answer')) mark(part, pattern);
}

/**
 * On a page opened from a search result (`?highlight=words#question`), marks those words in that question; another
 * result on the same page opens without a reload, by its fragment, and the marks move to it.
 */
export function highlightSearchWords() {
  markOpened();
  addEventListener('hashchange', markOpened);
}
