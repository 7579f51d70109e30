import { describe, expect, it } from 'vitest';
import { creditParts } from '../../src/html/text-credit.ts';

const source = { title: 'AKS FAQ', publisher: 'Microsoft Learn', url: 'https://learn.microsoft.com/azure/aks/faq' };
const license = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
const sentence = (site: Parameters<typeof creditParts>[0]) =>
  creditParts(site)
    ?.map(({ text, href }) => (href ? `[${text}](${href})` : text))
    .join('');

describe('creditParts', () => {
  it('credits the source and its licence, each with its link', () => {
    expect(sentence({ source, license })).toBe(
      'Questions and answers from [AKS FAQ](https://learn.microsoft.com/azure/aks/faq) by Microsoft Learn, ' +
        'used under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/). Adapted for this site.',
    );
  });

  it('credits a licence without a source, and a source without a licence', () => {
    expect(sentence({ license })).toBe(
      'Questions and answers licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/).',
    );
    expect(sentence({ source })).toBe(
      'Questions and answers from [AKS FAQ](https://learn.microsoft.com/azure/aks/faq) by Microsoft Learn. ' +
        'Adapted for this site.',
    );
    expect(creditParts({})).toBeUndefined();
  });
});
