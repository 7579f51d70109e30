import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { azurePlaces } from '../../src/search/index/azure-places-fs.ts';
import { siteLexicon } from '../../src/search/index/site-lexicon.ts';
import {
  generatedVocabularies,
  vocabularies,
  vocabularyConcepts,
  type Vocabulary,
} from '../../src/search/index/vocabulary.ts';
import { decodeLexicon } from '../../src/search/lexicon.ts';
import { ignoredOfOneWord } from '../../src/text/words.ts';
import { searchRecord } from '../support/search-record.ts';

describe('vocabularies', () => {
  it('azure-places.json is what npm run vocabularies reads from the installed @azure/identity', () => {
    const committed = JSON.parse(readFileSync(generatedVocabularies.azurePlaces, 'utf8')) as Vocabulary;
    const generated = azurePlaces();
    expect(committed, 'run npm run vocabularies').toEqual(generated);
    expect(generated.kinds['Azure region']).toEqual(
      expect.arrayContaining(['westeurope', 'west europe', 'southeast asia', 'usgovvirginia', 'east us 2']),
    );
    // Azure shows the government regions by their programmatic names' words, not the SDK's ("government us dod east").
    expect(generated.kinds['Azure region']).toEqual(expect.arrayContaining(['us gov virginia', 'us dod central']));
    expect(generated.kinds['Azure region'], 'cut longest word first').not.toContain('fran ce central');
    expect(generated.kinds['sovereign cloud']).toEqual(
      expect.arrayContaining(['azure china', 'azure government', 'government cloud']),
    );
  });

  it('name nothing by a phrase that search would read as one word: "power on" would search "power" alone', () => {
    const names = vocabularies.flatMap(({ kinds }) =>
      Object.entries(kinds).flatMap(([kind, names]) => [kind, ...names]),
    );
    expect(names.filter((name) => ignoredOfOneWord(name))).toEqual([]);
  });

  it('give each name its kind’s first answer, an act’s name its act and the act’s entry; the concept map’s entries win', () => {
    const places: Vocabulary = { about: '', kinds: { 'Azure region': ['west europe', 'eastus'] } };
    const acts: Vocabulary = { about: '', synonyms: true, kinds: { stop: ['halt', 'shut down'] } };
    const conceptMap = { 'azure region': ['available regions', 'region'], eastus: ['east'] };
    expect(vocabularyConcepts(conceptMap, [places, acts])).toEqual({
      'west europe': ['available regions'],
      stop: ['halt', 'shut down'],
      halt: ['stop'],
      'shut down': ['stop'],
    });
    expect(vocabularyConcepts({}, [places]), 'a kind the concept map does not map').toEqual({});
    expect(vocabularyConcepts({ upgrade: ['update'] }, [{ ...acts, kinds: { upgrade: ['bump'] } }])).toEqual({
      bump: ['upgrade', 'update'],
    });
  });

  it('ship with a site only where its answers have the kind’s words', () => {
    const concepts = (answer: string) =>
      decodeLexicon(siteLexicon([searchRecord('q', 'Where?', answer)], { 'azure region': ['regions'] }).file).concepts;
    expect(concepts('Every region.').get('west europ')).toEqual(['regions']);
    expect(concepts('Every place.').get('west europ')).toBeUndefined();
  });
});
