import { slug } from 'github-slugger';
import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { idSchema } from '../schemas/id.ts';
import { quotedVisibly } from '../utils/visible-text.ts';
import { imageFormats } from './image-format.ts';
import type { ContentProblem } from './problems.ts';

/** A file of a collection folder that the pipeline reads. */
export interface ListedFile {
  file: string;
  id: string;
}

const EXTENSIONS = ['.md', '.mdx'];
/** The extension meant by each one a writer's editor may give a Markdown file. */
const MEANT_EXTENSIONS: Record<string, string> = { '.md': '.md', '.mdx': '.mdx', '.markdown': '.md', '.txt': '.md' };

/**
 * The name a file was meant to have, without the extensions an editor added: the innermost one counts, as Notepad
 * saves new-thing.md as new-thing.md.txt. Undefined for an extension that is not Markdown's.
 */
function meantName(name: string): { stem: string; extension: string } | undefined {
  let stem = name;
  let extension = extname(name) === '' ? '.md' : undefined;
  for (let last = extname(stem); MEANT_EXTENSIONS[last.toLowerCase()]; last = extname(stem)) {
    extension = MEANT_EXTENSIONS[last.toLowerCase()];
    stem = stem.slice(0, -last.length);
  }
  return extension === undefined ? undefined : { stem, extension };
}

/** The name to give a file meant as `meant`: its stem as an id (lowercase words joined by hyphens). */
const idName = ({ stem, extension }: { stem: string; extension: string }) =>
  `${idSchema.safeParse(stem).success ? stem : slug(stem) || 'question-id'}${extension}`;

function refusedName(file: string, name: string): ContentProblem | undefined {
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  const meant = meantName(name);
  if (!EXTENSIONS.includes(extension)) {
    return {
      file,
      message: `${quotedVisibly(name)} is not a .md or .mdx file, so it would not be part of the site.`,
      hint: meant
        ? `Rename it to "${idName(meant)}".`
        : 'Rename it to <id>.md (or .mdx for an answer with a component), or move it out of the content folder.',
    };
  }
  if (!idSchema.safeParse(stem).success) {
    return {
      file,
      message: `The file name ${quotedVisibly(name)} is not a valid id: the name is the page's address and anchor.`,
      hint:
        `Use lowercase words joined by hyphens: rename it to "${idName(meant!)}" ` +
        '(and update the id where it is listed).',
    };
  }
  return undefined;
}

/**
 * The Markdown and MDX files of a collection folder, each with its id, and what is wrong with the folder:
 * files the site would silently ignore (other extensions, subfolders), names that are not ids, one id twice.
 * Hidden files (.DS_Store, editor swap files) and images beside the answers are skipped.
 */
export function listCollection(dir: string): { files: ListedFile[]; problems: ContentProblem[] } {
  const files: ListedFile[] = [];
  const problems: ContentProblem[] = [];
  const ids = new Set<string>();
  if (!existsSync(dir)) return { files, problems };
  const entries = readdirSync(dir, { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.'));
  for (const entry of entries.toSorted((a, b) => a.name.localeCompare(b.name))) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) {
      problems.push({
        file,
        message: `The folder "${entry.name}" is not read: files in subfolders are not part of the site.`,
        hint: `Move its files up into ${dir}.`,
      });
      continue;
    }
    // Images an answer shows beside its Markdown: ![What it shows](diagram.png) is relative to the answer's file.
    if (imageFormats.has(extname(entry.name).slice(1).toLowerCase())) continue;
    const refused = refusedName(file, entry.name);
    if (refused) {
      problems.push(refused);
      continue;
    }
    const id = entry.name.slice(0, -extname(entry.name).length);
    if (ids.has(id)) {
      problems.push({
        file,
        message: `Both ${id}.md and ${id}.mdx exist: two files for one id.`,
        hint: 'Keep one of them (.mdx only if the answer uses a component) and delete the other.',
      });
      continue;
    }
    ids.add(id);
    files.push({ file, id });
  }
  return { files, problems };
}
