/** Quotes a word processor or a phone types: YAML keeps them as part of a value, so the page would show them. */
const OPENING = '“‘„‚';
const CLOSING = '”’“‘';

/** The curly quotes a text is wrapped in (“…”, ‘…’, „…“), or undefined. */
export const curlyQuotesAround = (text: string): string | undefined =>
  text.length > 1 && OPENING.includes(text[0]!) && CLOSING.includes(text.at(-1)!)
    ? `${text[0]}…${text.at(-1)}`
    : undefined;

/** Why a text wrapped in curly quotes is refused, and what to write instead. */
export const curlyQuotesMessage = (what: string, text: string) =>
  `The ${what} is wrapped in curly quotes (${curlyQuotesAround(text)}), which the page would show: ` +
  'write straight quotes "…" around it instead.';
