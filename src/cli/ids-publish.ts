// npm run ids:publish — records every current question id, alias and section id as published, so the build
// can refuse to lose one later. It only adds; removing an id is done by retiring it.
import './content-option.ts';
import { relative } from 'node:path';
import { checkContent, readCollection } from '../gate/check-content.ts';
import { ContentError } from '../pipeline/problems.ts';
import { orExit } from './content-errors.ts';
import { contentDir } from '../settings/content-dir.ts';
import { publishedIdsFile, readPublishedIds, writePublishedIds } from '../faq/published-ids-fs.ts';

const dir = contentDir();
// Only content that passes the check is published: an id in no section, or a misspelt one, would be promised forever.
orExit(() => {
  const { problems } = checkContent(dir);
  if (problems.length > 0) throw new ContentError(problems);
});
const registry = orExit(() => readPublishedIds(dir));
/** The ids of one list not in it yet. */
function unlisted(listed: string[], current: string[]): string[] {
  const known = new Set(listed);
  return current.filter((id) => !known.has(id));
}
const questions = readCollection(dir, 'questions').files.flatMap((q) => [q.id, ...(q.data?.aliases ?? [])]);
const sections = readCollection(dir, 'sections').files.map((s) => s.id);
const added = unlisted(registry.published, questions);
const addedSections = unlisted(registry.sections, sections);

writePublishedIds(
  {
    ...registry,
    // Appended, not sorted: the order says which of a question's names went live first (its feed entry's id).
    published: [...registry.published, ...added],
    sections: [...registry.sections, ...addedSections],
  },
  dir,
);
const file = relative(process.cwd(), publishedIdsFile(dir));
const news = [...added, ...addedSections];
console.log(
  news.length === 0
    ? `No new ids: all ${questions.length + sections.length} are already in ${file}.`
    : `Published ${news.length} new id${news.length === 1 ? '' : 's'} (${news.join(', ')}) in ${file}.`,
);
