import { codeToHast } from 'shiki';
import { expect, it } from 'vitest';
import { lineTokenizeTimeLimitMs, wholeLineTokens } from '../../src/markdown/whole-line-tokens.ts';

it('gives Shiki a time limit per line that a busy machine does not reach, in the options it tokenizes with', async () => {
  const seen: number[] = [];
  const spy = { name: 'spy', preprocess: (_code: string, options: { tokenizeTimeLimit?: number }) => void seen.push(options.tokenizeTimeLimit ?? 500) };
  await codeToHast('apiVersion: v1', { lang: 'yaml', themes: { light: 'github-light', dark: 'github-dark' }, transformers: [wholeLineTokens, spy] });
  expect(seen).toEqual([lineTokenizeTimeLimitMs]);
  expect(lineTokenizeTimeLimitMs).toBeGreaterThanOrEqual(10_000);
});
