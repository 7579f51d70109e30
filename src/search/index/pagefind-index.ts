import * as pagefind from 'pagefind';
import { pagefindRecord, type SearchRecord } from '../record.ts';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** A file of the index as Pagefind gives it, its path relative to the bundle folder. */
export type IndexFile = pagefind.IndexFile;

// Pagefind's service takes records concurrently; batches keep the messages in flight bounded at 10,000 questions.
const batchSize = 500;

// How many word positions Pagefind puts in one file of its index (its default is 20,000). A search loads the
// files that hold its words, and with smaller files it loads fewer other words with them: at 10,000
// questions a first search downloads 190 kB instead of 216 kB (median over the benchmark's queries), for
// 14 % more index on disk. Pagefind reads it from its environment only; it calls the setting unstable.
const indexChunkSize = '2000';

function check(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

type Check = (step: string, errors: string[]) => void;

/** Builds a Pagefind index of the records, then lets `use` write or read it before Pagefind stops. */
export async function indexRecords<T>(records: SearchRecord[], use: (index: Index, check: Check) => Promise<T>): Promise<T> {
  if (records.length === 0) throw new Error('Search: the site has no questions to index.');
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= indexChunkSize;
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
