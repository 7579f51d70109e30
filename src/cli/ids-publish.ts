// npm run ids:publish — records every current question id and alias as published, so the build
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
const known = new Set(registry.published);
const current = readCollection(dir, 'questions').files.flatMap((q) => [q.id, ...(q.data?.aliases ?? [])]);
const added = current.filter((id) => !known.has(id));

writePublishedIds({ ...registry, published: [...registry.published, ...added].sort() }, dir);
const file = relative(process.cwd(), publishedIdsFile(dir));
console.log(
  added.length === 0
    ? `No new ids: all ${current.length} are already in ${file}.`
    : `Published ${added.length} new id${added.length === 1 ? '' : 's'} (${added.join(', ')}) in ${file}.`,
);
