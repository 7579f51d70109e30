import { Ajv2020 } from 'ajv/dist/2020.js';
import { z } from 'astro/zod';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { editorSchema } from '../../src/integrations/editor-schemas.ts';
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

it('gives editors schemas that accept the content folders’ JSON files as written, and refuse a wrong value', () => {
  // Ajv, as editors do, reads a pattern as a Unicode expression and checks only what JSON Schema can say.
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  const names = Object.keys(jsonFiles) as (keyof typeof jsonFiles)[];
  const valid = Object.fromEntries(names.map((name) => [name, ajv.compile(editorSchema(name))]));
  for (const folder of ['content', 'tests/fixtures/site']) {
    for (const name of names.filter((name) => existsSync(`${folder}/${name}.json`))) {
      const accepted = valid[name]!(JSON.parse(readFileSync(`${folder}/${name}.json`, 'utf8')));
      expect(accepted, `${folder}/${name}.json: ${JSON.stringify(valid[name]!.errors)}`).toBe(true);
    }
  }
  expect(valid['concept-map']!({ k8s: 'kubernetes', dns: ['fqdn', 'coredns'] })).toBe(true);
  expect(valid['concept-map']!({ k8s: 8 })).toBe(false);
  expect(valid['concept-map']!({ k8s: [] })).toBe(false);
});

it('refuses a name given twice in one object, at its second line, since JSON would drop the first silently', () => {
  const { value, problems } = readJsonFile(
    file('{\n  "AZ": "availability zone",\n  "NSG": "network security group",\n  "AZ": "zone"\n}\n'),
    glossary,
  );
  expect(value).toBeUndefined();
  expect(problems.map(({ line, message }) => ({ line, message }))).toEqual([
    { line: 4, message: '"AZ" is given twice in one object (first at line 2); JSON would keep only this one.' },
  ]);
});
