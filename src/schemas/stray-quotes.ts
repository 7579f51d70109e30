/**
 * Quotes a word processor or a phone types: YAML keeps them as part of a value, so the page would show them. Each
 * opening quote with the closing ones that end it: English “…” and ‘…’, German „…“ and ‚…‘, Polish „…”.
 */
const CLOSERS: Record<string, string> = { '“': '”', '‘': '’', '„': '“”', '‚': '‘’' };
const OPENING = Object.keys(CLOSERS).join('');
/** Curly quotes that close a quotation. */
export const CLOSING_CURLY_QUOTES = '”’“‘';

/**
 * The quotes at the ends of a text that the page would show as stray marks, or undefined: a text wrapped in curly
 * quotes (“…”), or one that starts or ends with a quote whose partner is nowhere in it: a curly one (“…, …”), or a
 * straight " left over from quoting the value by half (…"). A quote inside the text (Can I use ‘az aks’?), or closed
 * inside it (‘kubectl’ hangs?, "kubectl get" hangs?), is the text's own, and so is a straight ' at its end, which
 * is as often an apostrophe (the nodes').
 */
export const strayQuotes = (text: string): string | undefined => {
  const [first, last] = [text[0] ?? '', text.at(-1) ?? ''];
  const opens = OPENING.includes(first);
  const closes = CLOSING_CURLY_QUOTES.includes(last);
  if (text.length > 1 && opens && closes) return `${first}…${last}`;
  if (opens && ![...CLOSERS[first]!].some((closer) => text.slice(1).includes(closer))) return `${first}…`;
  const openers = [...OPENING].filter((opener) => CLOSERS[opener]!.includes(last));
  if (closes && !openers.some((opener) => text.slice(0, -1).includes(opener))) return `…${last}`;
  // Straight quotes pair in turn, so one at an end is stray when they do not all pair.
  const unpaired = text.split('"').length % 2 === 0;
  if (unpaired && last === '"') return '…"';
  if (unpaired && first === '"') return '"…';
  return undefined;
};

/** Why a text with stray quotes at its ends is refused, and what to write instead. */
export const strayQuotesMessage = (what: string, text: string) => {
  const quotes = strayQuotes(text)!;
  const kind = quotes.includes('"') ? 'straight' : 'curly';
  const found = quotes.startsWith('…')
    ? `ends with a ${kind} quote (${quotes}) that nothing opens`
    : quotes.endsWith('…')
      ? `starts with a ${kind} quote (${quotes}) that nothing closes`
      : `is wrapped in curly quotes (${quotes})`;
  const fix =
    kind === 'straight'
      ? 'remove it, or put the whole value in quotes'
      : 'write straight quotes "…" around it instead, or none';
  return `The ${what} ${found}, which the page would show: ${fix}.`;
};
