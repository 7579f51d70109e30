import { expect, it } from 'vitest';
import { questionIdCandidates } from '../../src/faq/question-id.ts';

it('keeps the meaningful words of a question, shortest id first', () => {
  expect(questionIdCandidates('How do I rotate the cluster certificates?')).toEqual(['rotate-cluster-certificates']);
  expect(questionIdCandidates('Can I use my own DNS server with AKS?')).toEqual([
    'own-dns-server',
    'own-dns-server-aks',
  ]);
});
