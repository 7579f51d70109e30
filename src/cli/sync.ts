// npm run sync -- <faq.yml> [--content <dir>] [--date YYYY-MM-DD] [--keep <id>] [--take <id>] [--dry-run]
// Brings the content folder up to a newer version of its upstream Learn FAQ and prints what it did.
// Exits 1 when a question changed both upstream and here (the site's text is kept), 2 when nothing could change.
import './content-option.ts';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../pipeline/problems.ts';
import { contentDir } from '../settings/content-dir.ts';
import { reportText } from '../upstream/report-text.ts';
import { syncFolder } from '../upstream/sync-folder-fs.ts';

const usage = 'npm run sync -- <faq.yml> [--content <dir>] [--date YYYY-MM-DD] [--keep <id>] [--take <id>] [--dry-run]';
const { values, positionals } = parseArgs({
  options: {
    date: { type: 'string' },
    keep: { type: 'string', multiple: true, default: [] },
    take: { type: 'string', multiple: true, default: [] },
    'dry-run': { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const [file] = positionals;
if (!file || positionals.length > 1) {
  console.error(`Which upstream file?\n  Fix: ${usage}`);
  process.exit(2);
}
const dir = contentDir();
try {
  const run = syncFolder(resolve(file), dir, {
    date: values.date,
    resolutions: { keep: new Set(values.keep), take: new Set(values.take) },
    dryRun: values['dry-run'],
  });
  const where = relative(process.cwd(), dir) || '.';
  const verb = values['dry-run'] ? 'Would sync' : 'Synced';
  console.log(`${verb} ${where}/ with ${file}, dated ${run.date.date} (from ${run.date.from}).`);
  console.log(reportText(run.report, file));
  process.exit(run.report.conflicts.length > 0 ? 1 : 0);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`${error.listing}\nNothing in ${relative(process.cwd(), dir) || '.'}/ changed.`);
  process.exit(2);
}
