import { createHash } from 'node:crypto';
import { answerText } from './content-state.ts';

/** The digest upstream.json keeps of an answer as the site wrote it, to tell later whether it was edited here. */
export const answerDigest = (body: string) => createHash('sha256').update(answerText(body)).digest('hex');
