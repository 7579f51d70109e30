import { expect, it, vi } from 'vitest';
import { renderAhead, renderedAhead, renderingSplit } from '../../src/loaders/render-ahead.ts';

const settings = { image: { domains: [], remotePatterns: [] }, syntaxHighlight: 'shiki', gfm: true, smartypants: true } as const;

it('shares the rendering: the thread renders the jobs it reaches first, the loader takes back those it reaches first', async () => {
  const jobs = ['First **answer**.', 'Second answer.', 'Third answer.'].map((markdown, i) => ({ file: `/content/questions/q${i}.md`, markdown }));
  renderAhead(jobs, settings);
  // The thread is still loading its renderer: the loader takes the last job, and renders it itself.
  expect(renderedAhead(jobs[2]!.file, jobs[2]!.markdown)).toBeUndefined();
  await vi.waitFor(() => expect(renderingSplit()).toEqual({ thread: 2, loader: 1 }), { timeout: 20_000 });
  const first = await renderedAhead(jobs[0]!.file, jobs[0]!.markdown);
  expect(first).toMatchObject({ html: expect.stringContaining('<p>First <strong>answer</strong>.</p>') });
  expect(await renderedAhead(jobs[1]!.file, jobs[1]!.markdown)).toMatchObject({ html: expect.stringContaining('<p>Second answer.</p>') });
  // A result is given once.
  expect(renderedAhead(jobs[0]!.file, jobs[0]!.markdown)).toBeUndefined();
});
