import { describe, expect, it } from 'vitest';
import { excerpt, markWord } from '../../src/search/client/excerpt.ts';
import { pathWords } from '../../src/search/client/path-words.ts';

describe('search excerpts', () => {
  const words =
    'Yes, you can deploy an AKS cluster across one or more availability zones in regions that support them.'.split(' ');

  it('starts a little before the best run of matches and marks only the words', () => {
    const parts = excerpt(words, new Set([11, 12]), 0, 8, ['availab', 'zone']);
    expect(parts).toEqual([
      { text: '… one or more ', mark: false },
      { text: 'availability', mark: true },
      { text: ' ', mark: false },
      { text: 'zones', mark: true },
      { text: ' in regions that …', mark: false },
    ]);
  });

  it('begins at the answer when nothing matches there', () => {
    expect(excerpt(words, new Set([0]), 2, 3, ['yes'])).toEqual([{ text: 'can deploy an …', mark: false }]);
  });

  it('shows the answer’s matches, not the place of matches past its words (its other ways of asking)', () => {
    const parts = excerpt(words, new Set([12, 40, 41, 42]), 0, 4, ['zone']);
    expect(parts).toEqual([
      { text: '… or more availability ', mark: false },
      { text: 'zones', mark: true },
      { text: ' …', mark: false },
    ]);
  });

  it('counts only the answer’s matches when it picks the stretch, however many come after its words', () => {
    const parts = excerpt(words, new Set([2, 3, 17, 18, 19, 20]), 0, 6, ['can', 'deploy', 'them']);
    expect(parts.filter(({ mark }) => mark).map(({ text }) => text)).toEqual(['can', 'deploy']);
  });

  it('shows as many words near the answer’s end, ending with it', () => {
    expect(excerpt(words, new Set([16]), 0, 6, ['support'])).toEqual([
      { text: '… zones in regions that ', mark: false },
      { text: 'support', mark: true },
      { text: ' them.', mark: false },
    ]);
  });

  it('marks the matching part of a compound and a stemmed word whole', () => {
    expect(markWord('onerror=alert(1)>', ['onerror'])).toEqual([
      { text: 'onerror', mark: true },
      { text: '=alert(1)>', mark: false },
    ]);
    expect(markWord('“deleting”,', ['deleted'])).toEqual([
      { text: '“', mark: false },
      { text: 'deleting', mark: true },
      { text: '”,', mark: false },
    ]);
  });
});

describe('words of a missing address', () => {
  it('turns the path into words to search for', () => {
    expect(pathWords('/q/node-pool-upgrade/')).toBe('node pool upgrade');
    expect(pathWords('/azure/aks/faq.html')).toBe('azure aks faq');
    expect(pathWords('/index.html')).toBe('');
    expect(pathWords('/caf%C3%A9_zones/')).toBe('café zones');
    expect(pathWords('/50%-off/')).toBe('50 off');
  });
});
