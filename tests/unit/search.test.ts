import { describe, expect, it } from 'vitest';
import { abbreviationsIn, questionsOnPage, recordDocument } from '../../src/integrations/search-records.ts';
import { excerpt, markWord } from '../../src/search/excerpt.ts';
import { pathWords } from '../../src/search/path-words.ts';

const page = `<!doctype html><html lang="en"><body><main><h1>Add-ons &amp; more</h1>
<section class="question" data-question="key-vault"><span id="old-id" class="question-alias"></span>
<div class="question-head"><h2 id="key-vault" class="question-heading">Is Azure Key Vault &lt;integrated&gt;?</h2><a href="#key-vault">#</a></div>
<div class="answer"><p>Yes, through the <a class="external" href="https://example.org">CSI driver<span class="sr-only"> (external site)</span></a> across availability zones.</p></div>
</section></main></body></html>`;

describe('search records', () => {
  it('reads each question of a built page with its section and anchor', () => {
    const [question, ...rest] = questionsOnPage(page, '/add-ons/');
    expect(rest).toEqual([]);
    expect(question).toMatchObject({
      id: 'key-vault',
      url: '/add-ons/#key-vault',
      lang: 'en',
      sectionId: 'add-ons',
      sectionTitleHtml: 'Add-ons &amp; more',
      questionHtml: 'Is Azure Key Vault &lt;integrated&gt;?',
    });
    expect(question!.answerHtml).toContain('<p>Yes, through the');
  });

  it('ignores pages without questions', () => {
    expect(questionsOnPage('<html><body><main><h1>Home</h1></main></body></html>', '/')).toEqual([]);
  });

  it('finds abbreviations by their spelled-out words, in any case, hyphenated or plural', () => {
    const glossary = { AZ: 'availability zone', SLA: 'service-level agreement', RG: 'resource group' };
    expect(abbreviationsIn('Spread across Availability Zones?', glossary)).toEqual(['AZ']);
    expect(abbreviationsIn('Does AKS offer a service level agreement?', glossary)).toEqual(['SLA']);
    expect(abbreviationsIn('a resourcegroup', glossary)).toEqual([]);
  });

  it('puts the question first as the title and the section and abbreviations out of the text', () => {
    const [question] = questionsOnPage(page, '/add-ons/');
    const html = recordDocument(question!, ['AZ']);
    expect(html).toContain('<p data-pagefind-meta="title">Is Azure Key Vault &lt;integrated&gt;?</p>');
    expect(html).toMatch(/<div data-pagefind-ignore>.*data-pagefind-filter="section">add-ons<.*data-pagefind-meta="keywords">AZ</);
  });
});

describe('search excerpts', () => {
  const words = 'Yes, you can deploy an AKS cluster across one or more availability zones in regions that support them.'.split(' ');

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
