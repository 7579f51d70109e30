import { site } from '../settings/site.ts';

const readable = new Intl.DateTimeFormat(site.lang, { dateStyle: 'long', timeZone: 'UTC' });

/** A day as readers of the site's language write it, e.g. "25 November 2026". */
export const readableDate = (date: Date) => readable.format(date);

/** A day as `YYYY-MM-DD`, for `<time datetime>`. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
