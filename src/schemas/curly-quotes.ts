/**
 * Quotes a word processor or a phone types: YAML keeps them as part of a value, so the page would show them. Each
 * opening quote with the closing ones that end it: English “…” and ‘…’, German „…“ and ‚…‘, Polish „…”.
 */
const CLOSERS: Record<string, string> = { '“': '”', '‘': '’', '„': '“”', '‚': '‘’' };
const OPENING = Object.keys(CLOSERS).join('');
/** Curly quotes that close a quotation. */
export const CLOSING_CURLY_QUOTES = '”’“‘';

/**
 * The curly quotes at the ends of a text that the page would show as stray marks, or undefined: a text wrapped in
 * them (“…”), or one that starts or ends with a curly quote whose partner is nowhere in it (“…, …”). A quote inside
 * the text (Can I use ‘az aks’?), or closed inside it (‘kubectl’ hangs?), is the text's own.
 */
export const curlyQuotesAround = (text: string): string | undefined => {
  const [first, last] = [text[0] ?? '', text.at(-1) ?? ''];
  const opens = OPENING.includes(first);
  const closes = CLOSING_CURLY_QUOTES.includes(last);
  if (text.length > 1 && opens && closes) return `${first}…${last}`;
  if (opens && ![...CLOSERS[first]!].some((closer) => text.slice(1).includes(closer))) return `${first}…`;
  const openers = [...OPENING].filter((opener) => CLOSERS[opener]!.includes(last));
  if (closes && !openers.some((opener) => text.slice(0, -1).includes(opener))) return `…${last}`;
  return undefined;
};

/** Why a text with curly quotes at its ends is refused, and what to write instead. */
export const curlyQuotesMessage = (what: string, text: string) => {
  const quotes = curlyQuotesAround(text)!;
  const found = quotes.startsWith('…')
    ? `ends with a curly quote (${quotes}) that nothing opens`
    : quotes.endsWith('…')
      ? `starts with a curly quote (${quotes}) that nothing closes`
      : `is wrapped in curly quotes (${quotes})`;
  return `The ${what} ${found}, which the page would show: write straight quotes "…" around it instead, or none.`;
};
