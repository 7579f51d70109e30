import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/pipeline/problems.ts';
import { readConceptMap } from '../../src/search/index/concept-map-file.ts';
import { checkedLexicon } from '../../src/search/index/lexicon-json.ts';
import { searchRecord } from '../support/search-record.ts';

function folderWith(json: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'faq-concepts-'));
  writeFileSync(join(dir, 'concept-map.json'), json);
  return dir;
}

function problemsOf(json: string) {
  try {
    readConceptMap(folderWith(json));
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(({ line, message }) => ({ line, message }));
    throw error;
  }
  return [];
}

describe('the concept map', () => {
  it('reads one phrase or a list of phrases per reader’s phrase; a folder without a map has none', () => {
    expect(
      readConceptMap(folderWith('{ "clock drift": "time synchronization", "dns": ["fqdn", "domain name"] }')),
    ).toEqual({
      'clock drift': ['time synchronization'],
      dns: ['fqdn', 'domain name'],
    });
    expect(readConceptMap(mkdtempSync(join(tmpdir(), 'faq-empty-')))).toEqual({});
  });

  it('reports every bad entry at once, in the order of the file, at its line, with what is wrong', () => {
    const json = `{
  "AZ": "availability zone",
  "": "anything",
  "stuck": ["taking so long", 3],
  "the": "nothing",
  "vmss": [],
  "az": "zone",
  "clock drift": ["time synchronization", "clock drifts"],
  "a b c d e f g": "seven words",
  "add-on": "add-ons"
}`;
    expect(problemsOf(json)).toEqual([
      { line: 3, message: '"": The phrase is empty' },
      { line: 4, message: 'stuck[1]: A phrase is text in quotes' },
      {
        line: 5,
        message:
          'the: only words that search ignores ("the", "how", "is", …); use a meaningful word, or remove the entry',
      },
      { line: 6, message: 'vmss: The list of phrases is empty' },
      { line: 7, message: 'az: the same phrase to search as "AZ"; merge the two entries into one list under "AZ"' },
      {
        line: 8,
        message: '"clock drift": maps to itself; map it to the words the answers use instead, or remove the entry',
      },
      { line: 9, message: '"a b c d e f g": A phrase has at most six words' },
      {
        line: 10,
        message:
          'add-on: search reads it as the one word "add" ("on" it ignores), so every "add" would be searched as its ' +
          'answers; write the one word, or a phrase of two meaningful words',
      },
    ]);
  });

  it('reports JSON that does not parse at its line', () => {
    expect(problemsOf('{\n  "a": "b"\n  "c": "d"\n}')).toEqual([
      { line: 3, message: 'The file is not valid JSON: a comma is missing between two entries.' },
    ]);
  });

  it('warns, at its line and with what to do, of a phrase that leads to words no answer has, or has apart', () => {
    const dir = folderWith(
      '{\n  "clock drift": "time synchronization",\n  "eol": "end support",\n  "bionic": "ubuntu 18.04"\n}',
    );
    const records = [
      searchRecord(
        'time-sync',
        'How is time synchronized?',
        'Time synchronization uses chrony. The end of support nears.',
      ),
    ];
    const { warnings } = checkedLexicon(records, dir);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /concept-map\.json:3: "eol" leads to "end support", whose words .* side by side, so it counts half; copy /,
    );
    expect(warnings[1]).toMatch(
      /concept-map\.json:4: "bionic" leads to "ubuntu 18\.04", which .* finds nothing; map it /,
    );
  });
});
