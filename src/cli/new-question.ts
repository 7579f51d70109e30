// npm run new -- --section <section-id> "Question text?" [--id <question-id>]
// Creates the question file with an id derived from its text and lists it last in its section.
import './content-option.ts';
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { isSeq, parseDocument, type Node } from 'yaml';
import { readPublishedIds } from '../faq/published-ids-fs.ts';
import { orExit } from './content-errors.ts';
import { answerPlaceholder } from '../rules/body/empty-answer.ts';
import { questionIdCandidates } from '../faq/question-id.ts';
import { idSchema } from '../schemas/id.ts';
import { readCollection } from '../gate/check-content.ts';
import { contentDir } from '../settings/content-dir.ts';
import { didYouMean } from '../pipeline/nearest.ts';
import { restoreSource } from '../pipeline/source-text.ts';
import { questionSchema } from '../schemas/question.ts';

function refuse(message: string, hint: string): never {
  console.error(`${message}\n  Fix: ${hint}`);
  process.exit(1);
}

const usage = 'npm run new -- --section <section-id> "Question text?"';
const { values, positionals } = parseArgs({
  options: { section: { type: 'string' }, id: { type: 'string' } },
  allowPositionals: true,
});
const text = positionals.join(' ').trim();
const dir = contentDir();
const questions = readCollection(dir, 'questions').files;
const sections = readCollection(dir, 'sections').files;
const sectionIds = sections.map((s) => s.id);

if (!values.section)
  refuse('Which section does the question go in?', `${usage}\n       Sections: ${sectionIds.join(', ')}`);
if (!text) refuse('The question text is missing.', usage);
// The schema's words, as npm run check would give them for the file this would write.
const checked = questionSchema.shape.question.safeParse(text);
if (!checked.success)
  refuse(checked.error.issues.map((issue) => issue.message).join('\n'), `Reword the question: ${usage}`);
const section = sections.find((s) => s.id === values.section);
if (!section)
  refuse(
    `There is no section "${values.section}".${didYouMean(values.section, sectionIds)}`,
    `Use one of: ${sectionIds.join(', ')}.`,
  );

const registry = orExit(() => readPublishedIds(dir));
const taken = new Set([
  ...questions.flatMap((q) => [q.id, ...(q.data?.aliases ?? [])]),
  ...sectionIds,
  ...registry.published,
  ...registry.sections,
  ...Object.keys(registry.retired),
]);
let id = values.id;
if (id !== undefined) {
  const parsed = idSchema.safeParse(id);
  // The schema's message, which shows a character that does not show ("fips\u00a0").
  if (!parsed.success)
    refuse(parsed.error.issues[0]!.message, 'Use lowercase words joined by hyphens, e.g. custom-dns.');
  if (taken.has(id))
    refuse(
      `The id "${id}" is taken: it is, or was, published for another question.`,
      'Choose another --id; a published id may never point at a different question.',
    );
} else {
  id = questionIdCandidates(text).find((candidate) => !taken.has(candidate));
  if (!id)
    refuse(
      questionIdCandidates(text).length === 0
        ? `No id can be made from "${text}": it has no letters a-z or digits.`
        : `Every id derived from "${text}" is taken.`,
      'Choose one yourself with --id <question-id>.',
    );
}

const file = join(dir, 'questions', `${id}.mdx`);
if (existsSync(file) || existsSync(file.replace(/x$/, '')))
  refuse(`A file for "${id}" already exists.`, 'Choose another --id.');

// The pipeline found where the section's front matter ends. The id goes in after the last one of its questions list,
// written as that one is, and the rest of the file stays as written (the yaml package's toString would re-wrap long
// lines and respace comments).
const frontmatterLines = (section.source?.text ?? '').slice(0, section.bodyStart).split('\n');
const list = parseDocument(frontmatterLines.slice(1, -1).join('\n')).get('questions', true);
if (!section.source || !isSeq(list) || !list.range)
  refuse(
    `${relative(process.cwd(), section.file)} has no "questions" list.`,
    'Run npm run check and fix the section first.',
  );
const sectionText = section.source.text;
const inSection = (offset: number) => frontmatterLines[0]!.length + 1 + offset;
const last = list.items.at(-1) as Node | undefined;
const lastStart = inSection(last?.range?.[0] ?? list.range[0]);
const lastEnd = inSection(last?.range?.[1] ?? list.range[0] + 1);
// In a block list, one more line written as the last one; in a flow list ([a, b]), one more item after the last.
const lineStart = sectionText.lastIndexOf('\n', lastStart) + 1;
const [at, added] = !list.flow
  ? [sectionText.indexOf('\n', lastEnd) + 1, `${sectionText.slice(lineStart, lastStart)}${id}\n`]
  : [lastEnd, last ? `, ${id}` : id];
const today = new Date().toISOString().slice(0, 10);

writeFileSync(file, `---\nquestion: ${JSON.stringify(text)}\nupdated: ${today}\n---\n\n${answerPlaceholder}\n`);
writeFileSync(section.file, restoreSource(section.source, sectionText.slice(0, at) + added + sectionText.slice(at)));

console.log(`Created ${relative(process.cwd(), file)}, listed last in section "${section.id}".`);
console.log(`Write the answer in that file, then run npm run check. Its links: /${section.id}/#${id} and /q/${id}/`);
