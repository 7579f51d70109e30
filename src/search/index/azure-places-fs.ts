import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { compassWords } from '../lexicon.ts';
import { camelParts } from '../../text/words.ts';
import { regionKind } from '../country-names.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The package whose declarations name Azure's regions and clouds, as package.json pins it. */
const source = '@azure/identity';

/** The members of an exported enum of one of the package's declaration files: [name, value]. */
function enumMembers(file: string, name: string): [string, string][] {
  const path = join(dirname(createRequire(import.meta.url).resolve(source)), file);
  const tree = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const declaration = tree.statements.find(
    (statement): statement is ts.EnumDeclaration => ts.isEnumDeclaration(statement) && statement.name.text === name,
  );
  if (!declaration)
    throw new Error(`${source}: ${file} no longer declares the enum ${name}; update ${import.meta.url}`);
  return declaration.members.flatMap((member) =>
    member.initializer && ts.isStringLiteral(member.initializer)
      ? [[member.name.getText(tree), member.initializer.text] as [string, string]]
      : [],
  );
}

const directions = new Set(compassWords);
/** The words of an enum member's name: "AsiaSouthEast" gives asia, south, east; "USWest2" gives us, west, 2. */
const nameWords = (name: string) =>
  camelParts(name).flatMap((part) => part.split(/(?<=\p{L})(?=\p{N})/u).map((word) => word.toLowerCase()));

/**
 * The programmatic name cut into the words Azure shows ("usgovvirginia": us gov virginia), each the start of a word of
 * the enum member's name ("gov" of "government"), or a number.
 */
function valueWords(value: string, words: string[]): string[] | undefined {
  if (value === '') return [];
  const digits = /^\d+/.exec(value)?.[0];
  const heads = digits
    ? [digits]
    : words.flatMap((word) => [...word].map((_, end) => word.slice(0, end + 1)).filter((head) => head.length >= 2));
  // Longest first: "francecentral" is france central, not "fran" and "ce".
  for (const head of [...new Set(heads)].filter((head) => value.startsWith(head)).sort((a, b) => b.length - a.length)) {
    const rest = valueWords(value.slice(head.length), words);
    if (rest) return [head, ...rest];
  }
  return undefined;
}

/**
 * The ways readers name a region: its programmatic name ("southeastasia"), its words in the SDK's order
 * ("asia south east"), with the place after the directions ("south east asia", "southeast asia"), and the
 * programmatic name's own words, as Azure shows it ("us gov virginia" for GovernmentUSVirginia).
 */
function regionNames([name, value]: [string, string]): string[] {
  const words = nameWords(name);
  const place = words.filter((word) => !directions.has(word) && !/^\d+$/.test(word));
  const rest = words.filter((word) => !place.includes(word));
  const shown = [
    ...rest.filter((word) => directions.has(word)),
    ...place,
    ...rest.filter((word) => !directions.has(word)),
  ];
  const joined = shown.join(' ').replace(/\b(north|south) (east|west)\b/, '$1$2');
  const spoken = valueWords(value, words);
  return [...new Set([value, words.join(' '), shown.join(' '), joined, ...(spoken ? [spoken.join(' ')] : [])])];
}

/** Azure's regions and sovereign clouds, read from the declarations of the installed @azure/identity. */
export function azurePlaces(): Vocabulary {
  const { version } = createRequire(import.meta.url)(`${source}/package.json`) as { version: string };
  const regions = enumMembers('regionalAuthority.d.ts', 'RegionalAuthority').filter(
    ([name]) => name !== 'AutoDiscoverRegion',
  );
  const clouds = enumMembers('constants.d.ts', 'AzureAuthorityHosts').filter(([name]) => name !== 'AzurePublicCloud');
  return {
    about: `Azure regions and sovereign clouds: RegionalAuthority and AzureAuthorityHosts of ${source} ${version}.`,
    kinds: {
      [regionKind]: regions.flatMap(regionNames),
      // "AzureChina" as readers write it: azure china, and china cloud.
      'sovereign cloud': clouds.flatMap(([name]) => {
        const words = nameWords(name);
        return [words.join(' '), [...words.filter((word) => word !== 'azure'), 'cloud'].join(' ')];
      }),
    },
  };
}
