import * as pagefind from 'pagefind';
import { pagefindRecord, type SearchRecord } from '../record.ts';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** A file of the index as Pagefind gives it, its path relative to the bundle folder. */
export type IndexFile = pagefind.IndexFile;

// Pagefind's service takes records concurrently; batches keep the messages in flight bounded at 10,000 questions.
const batchSize = 500;

function check(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

type Check = (step: string, errors: string[]) => void;

/** Builds a Pagefind index of the records, then lets `use` write or read it before Pagefind stops. */
export async function indexRecords<T>(records: SearchRecord[], use: (index: Index, check: Check) => Promise<T>): Promise<T> {
  if (records.length === 0) throw new Error('Search: the site has no questions to index.');
  const { index, errors } = await pagefind.createIndex();
  check('start', errors);
  try {
    for (let start = 0; start < records.length; start += batchSize) {
      const batch = records.slice(start, start + batchSize);
      const added = await Promise.all(batch.map((record) => index!.addCustomRecord(pagefindRecord(record))));
      added.forEach(({ errors }, i) => check(`index ${batch[i]!.url}`, errors));
    }
    return await use(index!, check);
  } finally {
    await pagefind.close();
  }
}
