// npm run vocabularies — writes the vocabularies that are read from other packages' data into
// src/search/index/vocabularies/, after an upgrade of those packages; tests/unit/search-vocabularies.test.ts fails
// until then.
import { writeFileSync } from 'node:fs';
import { azurePlaces } from '../search/index/azure-places-fs.ts';
import { generatedVocabularies } from '../search/index/vocabulary.ts';

for (const [file, vocabulary] of [[generatedVocabularies.azurePlaces, azurePlaces()] as const]) {
  writeFileSync(file, `${JSON.stringify(vocabulary, null, 2)}\n`);
  console.log(`Wrote ${file}: ${vocabulary.about}`);
}
