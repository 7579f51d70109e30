import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ContentModel } from './content-rules.ts';

const entryFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => /\.mdx?$/.test(name)).sort() : []);

/** The frontmatter block of a Markdown file, parsed leniently (the full checks report syntax errors). */
function frontmatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  try {
    const data: unknown = match ? parse(match[1]!) : {};
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

/** Reads a content folder straight from disk, without Astro: for command-line tools. */
export function readContentModel(dir: string): ContentModel {
  const questionsDir = join(dir, 'questions');
  const sectionsDir = join(dir, 'sections');
  return {
    questions: entryFiles(questionsDir).map((name) => {
      const file = join(questionsDir, name);
      return { id: name.replace(/\.mdx?$/, ''), file, aliases: strings(frontmatter(file).aliases) };
    }),
    sections: entryFiles(sectionsDir).map((name) => {
      const file = join(sectionsDir, name);
      return { id: name.replace(/\.mdx?$/, ''), file, questions: strings(frontmatter(file).questions) };
    }),
  };
}
