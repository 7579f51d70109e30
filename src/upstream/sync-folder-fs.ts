import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readJsonFile } from '../pipeline/json-file.ts';
import { ContentError } from '../pipeline/problems.ts';
import { jsonFiles } from '../schemas/json-files.ts';
import type { ContentState } from './content-state.ts';
import { importedSite, PLACEHOLDER_URL } from './imported-site.ts';
import { readLearnFaq } from './learn-faq-file.ts';
import { planSync } from './plan-sync.ts';
import { readContentState } from './read-content-fs.ts';
import type { SyncReport } from './sync-report.ts';
import type { Resolutions } from './sync-question.ts';
import { upstreamFaq } from './upstream-faq.ts';
import { versionDate, type VersionDate } from './version-date.ts';
import { writeContent } from './write-content-fs.ts';

export interface SyncRun {
  report: SyncReport;
  date: VersionDate;
  /** The files written or deleted, relative to the content folder; none for a dry run. */
  changed: string[];
}

const emptyState = (): ContentState => ({
  questions: new Map(),
  sections: new Map(),
  registry: { published: [], sections: [], retired: {} },
  record: { sections: {}, questions: {} },
});

const problem = (file: string, message: string, hint: string) => new ContentError([{ file, message, hint }]);

/** Whether a folder already holds a FAQ (question or section files), which an import must not overwrite. */
const holdsFaq = (dir: string) =>
  ['questions', 'sections'].some(
    (folder) => existsSync(join(dir, folder)) && readdirSync(join(dir, folder)).length > 0,
  );

/**
 * Brings the content folder `dir` up to the upstream file `file` (a Learn `YamlMime:FAQ`), or, with `source`
 * (the page's address), imports it into an empty folder with a site.json of its own. All or nothing: on any
 * problem a ContentError names it and nothing in the folder changes.
 */
export function syncFolder(
  file: string,
  dir: string,
  options: { date?: string | undefined; resolutions: Resolutions; dryRun?: boolean; source?: string | undefined },
): SyncRun {
  if (!existsSync(file)) throw problem(file, 'There is no such file.', 'Give the path of the upstream YAML file.');
  const learn = readLearnFaq(file, readFileSync(file, 'utf8'));
  let state: ContentState;
  let page: string;
  if (options.source !== undefined) {
    if (holdsFaq(dir))
      throw problem(
        dir,
        'The folder already holds a FAQ.',
        'Import into a new folder, or bring this one up to date with npm run sync.',
      );
    state = emptyState();
    page = options.source;
  } else {
    state = readContentState(dir);
    const site = readJsonFile(join(dir, 'site.json'), jsonFiles.site.schema).value;
    if (!site?.source)
      throw problem(
        join(dir, 'site.json'),
        "site.json names no source page, against which the upstream file's relative links resolve.",
        'Add "source": { "title": "…", "publisher": "Microsoft Learn", "url": "https://learn.microsoft.com/…" }.',
      );
    page = site.source.url;
  }
  const upstream = upstreamFaq(learn, page);
  const date = versionDate(file, options.date, learn.msDate);
  if (typeof date === 'string') throw problem(file, date, 'Give the date the version was made with --date YYYY-MM-DD.');
  const last = state.record.version?.date;
  if (last && date.date < last)
    throw problem(
      file,
      `The version is dated ${date.date} (from ${date.from}), before the last sync's version (${last}).`,
      'Sync the versions in the order they were made; for a file whose name has no date, give the date of its ' +
        'last commit: --date $(git log -1 --format=%cs -- <file>).',
    );
  const plan = planSync(state, upstream, {
    date: date.date,
    version: basename(file),
    sourceTitle: upstream.title,
    resolutions: options.resolutions,
  });
  if (options.source !== undefined && upstream.additionalContent)
    plan.report.notices.push(
      "The page's additionalContent (Markdown after its questions) is not imported: the site has no place for " +
        "it; add what matters to a section's introduction.",
    );
  if (options.source !== undefined) {
    plan.report.notices.push(
      `site.json: "url" is ${PLACEHOLDER_URL}; set it to the site's public address (or build with SITE_URL).`,
    );
  }
  const extra =
    options.source === undefined ? {} : { 'site.json': `${JSON.stringify(importedSite(upstream, page), null, 2)}\n` };
  const changed = options.dryRun ? [] : writeContent(dir, state, plan, extra);
  return { report: plan.report, date, changed };
}
