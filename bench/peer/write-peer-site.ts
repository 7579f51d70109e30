import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

interface CorpusSection {
  id: string;
  title: string;
  order: number;
  questions: string[];
}

const splitFrontmatter = (text: string) => {
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
  return { data: parse(yaml) as Record<string, unknown>, body };
};

function readSections(contentDir: string): CorpusSection[] {
  const dir = join(contentDir, 'sections');
  return readdirSync(dir)
    .map((name) => {
      const { data } = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
      return {
        id: name.replace(/\.mdx?$/, ''),
        title: String(data.title),
        order: Number(data.order),
        questions: data.questions as string[],
      };
    })
    .sort((a, b) => a.order - b.order);
}

// The corpus's callout is this site's <Note>; Starlight's own is the `:::note` aside.
const toStarlight = (body: string) => body.replace(/<Note>\n?([\s\S]*?)\n?<\/Note>/g, ':::note\n$1\n:::');

/** The peer project: bench/peer/, with its packages installed by `npm ci` there. */
export const peerDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes the same questions as Starlight pages, the way a Starlight FAQ is written: one MDX page per section,
 * each question a `##` heading followed by its answer, into the peer project's src/content/docs/.
 */
export function writePeerSite(contentDir: string): void {
  const docs = join(peerDir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(
    join(docs, 'index.mdx'),
    '---\ntitle: Peer FAQ\n---\n\nThe same questions as the FAQ, one page per section.\n',
  );
  const questionFiles = new Map(
    readdirSync(join(contentDir, 'questions')).map((name) => [name.replace(/\.mdx?$/, ''), name]),
  );
  for (const section of readSections(contentDir)) {
    const questions = section.questions.map((id) => {
      const { data, body } = splitFrontmatter(
        readFileSync(join(contentDir, 'questions', questionFiles.get(id)!), 'utf8'),
      );
      return `## ${String(data.question)}\n\n${toStarlight(body.trim())}\n`;
    });
    writeFileSync(
      join(docs, `${section.id}.mdx`),
      `---\ntitle: ${JSON.stringify(section.title)}\nsidebar:\n  order: ${section.order}\n---\n\n${questions.join('\n')}`,
    );
  }
}
