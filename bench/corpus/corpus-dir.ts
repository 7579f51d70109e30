import { fileURLToPath } from 'node:url';
import type { AnswerFormat } from './answer-text.ts';

/** Where the generator writes a corpus, and where the benchmark builds it from. */
export const corpusDir = (count: number, format: AnswerFormat) =>
  fileURLToPath(new URL(`../corpora/${count}-${format}/`, import.meta.url)).replace(/\/$/, '');
