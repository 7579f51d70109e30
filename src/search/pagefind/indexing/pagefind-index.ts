import * as pagefind from 'pagefind';

type CustomRecord = Parameters<typeof pagefind.addCustomRecord>[0];

/** A file of the index as Pagefind gives it, its path relative to the bundle folder. */
export type IndexFile = pagefind.IndexFile;

// Pagefind's service takes records concurrently; batches keep the messages in flight bounded at 1,000 sections.
const batchSize = 500;

/**
 * How many words Pagefind puts in one file of its index (its default is 20,000). A search loads the files that
 * hold its words, and with smaller files it loads fewer other words with them, for a slightly larger metadata
 * file (`npm run bench` measures the first search's bytes). Pagefind reads the setting from its environment only,
 * when createIndex() starts its service, and calls it unstable: tests/contract/ checks that it still takes effect.
 */
export const indexChunkSize = { variable: 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE', words: '500' };

function check(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** Pagefind's index of the records, as files of its bundle, all of them. */
export async function pagefindFiles(records: CustomRecord[]): Promise<IndexFile[]> {
  process.env[indexChunkSize.variable] ??= indexChunkSize.words;
  const { index, errors } = await pagefind.createIndex();
  check('start', errors);
  try {
    for (let start = 0; start < records.length; start += batchSize) {
      const batch = records.slice(start, start + batchSize);
      const added = await Promise.all(batch.map((record) => index!.addCustomRecord(record)));
      added.forEach(({ errors }, i) => check(`index ${batch[i]!.url}`, errors));
    }
    const { files, errors } = await index!.getFiles();
    check('build the index', errors);
    return files;
  } finally {
    await pagefind.close();
  }
}
