// node bench/generate.ts --count 1000 --format mdx [--seed 1]
// Writes a synthetic content folder to bench/corpora/<count>-<format>/; the same flags always write the same files.
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import type { AnswerFormat } from './corpus/answer-text.ts';
import { corpusDir } from './corpus/corpus-dir.ts';
import { DEFAULT_SEED, writeCorpus } from './corpus/write-corpus.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    format: { type: 'string', default: 'mdx' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
const format = values.format;
if (!Number.isInteger(count) || count < 1)
  throw new Error(`--count must be a positive whole number, not "${values.count}"`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
if (format !== 'md' && format !== 'mdx') throw new Error(`--format must be md or mdx, not "${format}"`);

const outDir = corpusDir(count, format satisfies AnswerFormat);
const started = performance.now();
writeCorpus({ count, format, seed, outDir });
console.log(
  `${count} ${format} questions written to ${relative(process.cwd(), outDir)}/ ` +
    `in ${Math.round(performance.now() - started)} ms.`,
);
