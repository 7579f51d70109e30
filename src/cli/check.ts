// npm run check — every content rule and the type check, without building the site.
import { environmentContentDir } from './content-option.ts';
import { relative, resolve } from 'node:path';
import { checkContent } from '../gate/check-content.ts';
import { contentCacheDir, contentDir } from '../settings/content-dir.ts';
import { keepReadingsIn } from '../pipeline/content-file.ts';
import { ContentError } from '../pipeline/problems.ts';
import { runAstro } from './astro.ts';

const started = performance.now();
keepReadingsIn(resolve(contentCacheDir()));
const { problems, questions, sections } = checkContent(contentDir());
// The folder checked, named as the writer would: inside the project by its path there, else in full.
const folder = relative('.', contentDir());
const named = !folder ? '.' : folder.startsWith('..') ? contentDir() : folder;
const counts = `${questions.length} questions in ${sections.length} sections of ${named}/`;
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

if (problems.length > 0) {
  const error = new ContentError(problems);
  console.error(`${error.listing}\n${error.hint}\n`);
  console.error(`${counts}, ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}.`);
  process.exit(1);
}

// What the build would warn about, once the content has no problems: phrases of the concept map that no answer has.
// Loaded only now: the search records read the site's settings, which a mistake in site.json would make throw, before
// the gate could report it with the content's other problems.
const { faqSearchRecords } = await import('../search/index/faq-records.ts');
const { checkedLexicon } = await import('../search/index/lexicon-json.ts');
const { warnings } = checkedLexicon(faqSearchRecords(contentDir()));
for (const warning of warnings) console.warn(`Warning: ${warning}`);
const warned =
  warnings.length === 0 ? '' : `, ${warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`} above`;
const contentSeconds = seconds();
// The type check is of the code, so it runs on the content the environment gives, not on a folder checked with
// --content: the types it writes into .astro/, which a running dev server reads, stay those of the server's content.
const { FAQ_CONTENT_DIR: _checked, ...environment } = process.env;
const typeCheck = process.argv.includes('--content-only')
  ? 0
  : runAstro(
      ['check', '--minimumSeverity', 'error'],
      environmentContentDir === undefined ? environment : { ...environment, FAQ_CONTENT_DIR: environmentContentDir },
    );
if (typeCheck !== 0) {
  console.error(`\n${counts}, no content problems, but the type check failed (above). ${seconds()} s`);
  process.exit(typeCheck);
}
console.log(`\n${counts}, no problems (content checked in ${contentSeconds} s)${warned}. ${seconds()} s`);
