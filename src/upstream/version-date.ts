import { basename } from 'node:path';

/** The date an upstream version is dated with, and where it was read. */
export interface VersionDate {
  date: string;
  from: string;
}

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));

/**
 * When an upstream version was made, for the `updated` dates of what it changes, the first found of: the
 * `--date` given (for a clone of the docs repository, the date of the file's last commit); a date in the
 * file's name (`NN-2026-07-01-<commit>.yml`); Learn's `ms.date`, which says when the page was last reviewed
 * rather than changed, and is the last resort.
 */
export function versionDate(file: string, given: string | undefined, msDate: string | undefined): VersionDate | string {
  if (given !== undefined)
    return isDay(given) ? { date: given, from: '--date' } : `--date ${given} is not a day: write it as YYYY-MM-DD.`;
  const named = /\d{4}-\d{2}-\d{2}/.exec(basename(file))?.[0];
  if (named && isDay(named)) return { date: named, from: 'the file name' };
  const [month, day, year] = (msDate ?? '').split('/');
  const reviewed = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
  if (isDay(reviewed)) return { date: reviewed, from: 'its ms.date, when the page was last reviewed' };
  return 'The file has no date: neither its name nor its ms.date says when it was made.';
}
