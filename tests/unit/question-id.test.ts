import { expect, it } from 'vitest';
import { questionIdCandidates } from '../../src/faq/question-id.ts';

it('keeps the meaningful words of a question, shortest id first', () => {
  expect(questionIdCandidates('How do I rotate the cluster certificates?')).toEqual(['rotate-cluster-certificates']);
  expect(questionIdCandidates('Can I use my own DNS server with AKS?')).toEqual([
    'own-dns-server',
    'own-dns-server-aks',
  ]);
});

it('makes only valid ids: accents dropped, other characters between words', () => {
  expect(questionIdCandidates('Can I change max_pods after creation?')[0]).toBe('change-max-pods');
  expect(questionIdCandidates('Is the café naïve?')).toEqual(['cafe-naive']);
  expect(questionIdCandidates('これは何ですか？')).toEqual([]);
  for (const text of ['Why does `kube_proxy` fail?', 'Ünïcödé ids — and “quotes”?', 'C++ or C# (.NET) apps?'])
    for (const id of questionIdCandidates(text)) expect(id, text).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
});
