import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What the tests expect to find on the site, read straight from the content files. */
export interface ExpectedSection {
  id: string;
  title: string;
  order: number;
  questions: { id: string; text: string }[];
}

const frontmatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;

export function readContent(dir = process.env.FAQ_CONTENT_DIR ?? 'content'): ExpectedSection[] {
  const questionFile = (id: string) =>
    readdirSync(join(dir, 'questions')).find((name) => name === `${id}.md` || name === `${id}.mdx`)!;
  return readdirSync(join(dir, 'sections'))
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const data = frontmatter(join(dir, 'sections', name));
      return {
        id: name.replace(/\.mdx?$/, ''),
        title: String(data.title),
        order: Number(data.order),
        questions: (data.questions as string[]).map((id) => ({
          id,
          text: String(frontmatter(join(dir, 'questions', questionFile(id))).question),
        })),
      };
    })
    .sort((a, b) => a.order - b.order);
}

/** The site settings the build used. */
export const readSiteSettings = (dir = process.env.FAQ_CONTENT_DIR ?? 'content') =>
  JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as { title: string; url: string };
