// npm run import -- <faq.yml> --source <page URL> [--content <dir>] [--date YYYY-MM-DD]
// Turns a Microsoft Learn FAQ (YamlMime:FAQ) into a new content folder: site.json, sections and questions.
import './content-option.ts';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../pipeline/problems.ts';
import { contentDir } from '../settings/content-dir.ts';
import { reportText } from '../upstream/report-text.ts';
import { syncFolder } from '../upstream/sync-folder-fs.ts';

const usage =
  'npm run import -- <faq.yml> --source https://learn.microsoft.com/<path of the page> [--content <dir>] [--date YYYY-MM-DD]';
const { values, positionals } = parseArgs({
  options: { source: { type: 'string' }, date: { type: 'string' } },
  allowPositionals: true,
});
const [file] = positionals;
if (!file || positionals.length > 1) {
  console.error(`Which Learn FAQ file?\n  Fix: ${usage}`);
  process.exit(2);
}
if (!values.source || !URL.canParse(values.source) || !values.source.startsWith('https://')) {
  console.error(
    'Which Learn page is this file? Its relative links resolve against its address, and the site credits it.\n' +
      `  Fix: ${usage}`,
  );
  process.exit(2);
}
const dir = contentDir();
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const where = relative(process.cwd(), dir) || '.';
try {
  const run = syncFolder(resolve(file), dir, {
    date: values.date,
    resolutions: { keep: new Set(), take: new Set() },
    source: values.source,
  });
  const { added, sectionsAdded } = run.report;
  console.log(
    `Imported ${count(added.length, 'question')} in ${count(sectionsAdded.length, 'section')} from ${file} ` +
      `into ${where}/, dated ${run.date.date} (from ${run.date.from}).`,
  );
  console.log(reportText({ ...run.report, added: [] }, file));
  // Every command takes --content; npm start builds and serves, so it is pointed there by the variable.
  const own = dir === resolve('content');
  console.log(
    own
      ? 'Next: npm run check, then npm start; keep it current with npm run sync.'
      : `Next: npm run check -- --content ${where}, then FAQ_CONTENT_DIR=${where} npm start; ` +
          `keep it current with npm run sync -- <faq.yml> --content ${where}.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`${error.listing}\nNothing in ${where}/ changed.`);
  process.exit(2);
}
