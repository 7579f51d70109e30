import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One commit per record: a separator, the committer date, then the files it touched, one a line. */
const RECORD = '\x1e';

/**
 * The date of the last commit that touched each file under `dir`, by absolute path, from a single
 * `git log` over the folder's whole history (so 10,000 files cost one process, not 10,000). Empty when the
 * folder is not in a git checkout or git is missing.
 */
export async function lastCommitDates(dir: string): Promise<Map<string, Date>> {
  const dates = new Map<string, Date>();
  let log: string;
  try {
    ({ stdout: log } = await run('git', ['log', '--relative', '--name-only', `--format=${RECORD}%cI`, '--', '.'], {
      cwd: dir,
      maxBuffer: 1024 ** 3,
    }));
  } catch {
    return dates;
  }
  for (const record of log.split(RECORD)) {
    const [date, ...files] = record.split('\n').filter(Boolean);
    if (!date) continue;
    // Newest commits come first: the first date seen for a file is its last change.
    for (const file of files) {
      const path = resolve(dir, file);
      if (!dates.has(path)) dates.set(path, new Date(date));
    }
  }
  return dates;
}

const cache = new Map<string, Promise<Map<string, Date>>>();
// The modification time of each version of a file git does not know, read once: a synchronous stat costs
// microseconds, a promise of one a round trip through libuv's thread pool, once per question.
const savedDates = new Map<string, Date | undefined>();
// A question's date is asked for by its section page, its structured data and the feed: once per entry.
const byEntry = new WeakMap<object, Promise<Date | undefined>>();

type Dated = {
  filePath?: string | undefined;
  digest?: string | number | undefined;
  data: { updated?: Date | undefined };
};

async function findLastUpdated(entry: Dated): Promise<Date | undefined> {
  if (entry.data.updated) return entry.data.updated;
  if (!entry.filePath) return undefined;
  const file = resolve(entry.filePath);
  const dir = dirname(file);
  let dates = cache.get(dir);
  if (!dates) cache.set(dir, (dates = lastCommitDates(dir)));
  const committed = (await dates).get(file);
  if (committed) return committed;
  // A new digest is a new version of the file, saved again.
  const version = `${file}\n${entry.digest ?? ''}`;
  if (!savedDates.has(version)) savedDates.set(version, statSync(file, { throwIfNoEntry: false })?.mtime);
  return savedDates.get(version);
}

/**
 * When a question's answer last changed: its `updated` field when the writer set one, else the date of the
 * last commit of its file (as Starlight's `lastUpdated` does). A file git does not know (not committed
 * yet, or a checkout without history, such as an unpacked archive) falls back to its modification time,
 * which is when it was last saved or, from an archive, the date the archive gives it.
 */
export function lastUpdated(entry: Dated): Promise<Date | undefined> {
  let date = byEntry.get(entry);
  if (!date) byEntry.set(entry, (date = findLastUpdated(entry)));
  return date;
}
