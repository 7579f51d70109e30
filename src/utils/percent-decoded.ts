/**
 * Text with its percent-escapes decoded ("own%20dns" → "own dns"), or as written where they are not valid
 * percent-encoding ("100%", "#50%off"): addresses are typed and pasted by hand.
 */
export function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
