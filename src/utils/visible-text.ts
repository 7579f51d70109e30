/**
 * Characters a reader cannot see, or cannot tell from a plain space: controls, zero-width and other format
 * characters (the byte-order mark among them), and every space but the plain one, such as the non-breaking space.
 */
const unseen = /(?! )[\p{C}\p{Z}]/gu;

const escaped = (char: string) => {
  const code = char.codePointAt(0)!.toString(16);
  return code.length > 4 ? `\\u{${code}}` : `\\u${code.padStart(4, '0')}`;
};

/** Whether a text holds a character that does not show. */
export const hasUnseen = (text: string) => text.match(unseen) !== null;

/** A text in double quotes, each character that does not show written as its escape: "fips\u00a0". */
export const quotedVisibly = (text: string) => `"${text.replaceAll(/["\\]/g, '\\$&').replace(unseen, escaped)}"`;
