import { z } from 'astro/zod';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readJsonFile } from '../../src/pipeline/json-file.ts';
import { jsonFiles } from '../../src/schemas/json-files.ts';

// Any JSON file of the content folder can be read through the helper, a map of words as well as an object.
const glossary = z.record(
  z.string().regex(/^[A-Z]+$/, 'An abbreviation is capital letters.'),
  z.string().min(1, 'Spell it out.'),
);

function file(text: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'faq-json-')), 'glossary.json');
  writeFileSync(path, text);
  return path;
}

it('reads a valid file, with a byte-order mark and CRLF line endings too', () => {
  expect(readJsonFile(file('\uFEFF{\r\n  "AZ": "availability zone"\r\n}\r\n'), glossary)).toMatchObject({
    value: { AZ: 'availability zone' },
    problems: [],
  });
});

it('names the line of a syntax error, and what it is', () => {
  const path = file('{\n  "AZ": "availability zone"\n  "RG": "resource group"\n}\n');
  expect(readJsonFile(path, glossary).problems).toEqual([
    expect.objectContaining({
      file: path,
      line: 3,
      message: 'The file is not valid JSON: a comma is missing between two entries.',
    }),
  ]);
  expect(readJsonFile(file('{\n  // a comment\n}\n'), glossary).problems[0]).toMatchObject({
    line: 2,
    message: expect.stringContaining('JSON has no comments'),
  });
});

it('names the line of each value its schema refuses', () => {
  const path = file('{\n  "AZ": "availability zone",\n  "rg": "resource group",\n  "SLA": ""\n}\n');
  expect(readJsonFile(path, glossary).problems.map(({ line, message }) => ({ line, message }))).toEqual([
    { line: 3, message: 'rg: An abbreviation is capital letters.' },
    { line: 4, message: 'SLA: Spell it out.' },
  ]);
});

it('gives the default for a missing file, when there is one, and a problem otherwise', () => {
  expect(readJsonFile('/nowhere/glossary.json', glossary, () => ({})).value).toEqual({});
  expect(readJsonFile('/nowhere/glossary.json', glossary).problems[0]!.message).toBe('glossary.json is missing.');
});

it('has VS Code validate every JSON file of the content folder against the schema the build writes for it', () => {
  const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as {
    'json.schemas': { fileMatch: string[]; url: string }[];
  };
  const mapped = settings['json.schemas'].map(({ fileMatch, url }) => `${fileMatch.join()} ${url}`);
  expect(mapped.toSorted()).toEqual(
    Object.keys(jsonFiles)
      .map((name) => `content/${name}.json ./.astro/${name}.schema.json`)
      .toSorted(),
  );
});
