import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { questionIdCandidates } from '../../src/faq/question-id.ts';
import { answerText, type AnswerFormat, type LinkTarget } from './answer-text.ts';
import { questionText } from './question-text.ts';
import { seededRandom, type Random } from './random.ts';
import { AREAS, FACETS } from './vocabulary.ts';

export interface CorpusOptions {
  count: number;
  format: AnswerFormat;
  seed: number;
  outDir: string;
}

const QUESTIONS_PER_SECTION = 100;

/** The seed of the corpora the benchmark measures. */
export const DEFAULT_SEED = 1;

interface PlannedSection {
  id: string;
  title: string;
  summary: string;
  subjects: readonly string[];
  questions: PlannedQuestion[];
}

interface PlannedQuestion {
  id: string;
  text: string;
  subject: string;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function planSections(count: number): PlannedSection[] {
  const sectionCount = Math.max(1, Math.round(count / QUESTIONS_PER_SECTION));
  return Array.from({ length: sectionCount }, (_, i) => {
    const area = AREAS[i % AREAS.length]!;
    const facet = FACETS[Math.floor(i / AREAS.length) % FACETS.length]!;
    const round = Math.floor(i / (AREAS.length * FACETS.length));
    const title = `${area.title}: ${facet}${round > 0 ? ` ${round + 1}` : ''}`;
    return {
      id: slug(title),
      title,
      summary: `Questions about ${area.title.toLowerCase()} (${facet}).`,
      subjects: area.subjects,
      questions: [],
    };
  });
}

function uniqueId(text: string, taken: Set<string>): string {
  const candidates = questionIdCandidates(text);
  const id = candidates.find((candidate) => !taken.has(candidate)) ?? `${candidates.at(-1)}-${taken.size}`;
  taken.add(id);
  return id;
}

/** Questions spread evenly over the sections, each about a subject of its section's area. */
function planQuestions(sections: PlannedSection[], count: number, r: Random): PlannedQuestion[] {
  const taken = new Set(sections.map((section) => section.id));
  const texts = new Set<string>();
  const all: PlannedQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const section = sections[Math.floor((i * sections.length) / count)]!;
    let subject: string;
    let text: string;
    do {
      subject = r.pick(section.subjects);
      text = questionText(subject, r);
    } while (texts.has(text));
    texts.add(text);
    const question = { id: uniqueId(text, taken), text, subject };
    section.questions.push(question);
    all.push(question);
  }
  return all;
}

const yamlString = (text: string) => JSON.stringify(text);

function sectionFile(section: PlannedSection, order: number): string {
  const fields = `title: ${yamlString(section.title)}\norder: ${order}\nsummary: ${yamlString(section.summary)}`;
  return `---\n${fields}\nquestions:\n${section.questions.map((q) => `  - ${q.id}`).join('\n')}\n---\n`;
}

function siteFile(count: number, format: AnswerFormat): string {
  return `${JSON.stringify(
    {
      title: `Synthetic FAQ (${count} questions)`,
      description: `A generated FAQ of ${count} ${format} answers for measuring build, page weight and search.`,
      url: 'https://bench.example.org',
      lang: 'en',
    },
    null,
    2,
  )}\n`;
}

/**
 * Writes a complete content folder: site.json, one section per ~100 questions, one file per question.
 * The same options always write the same files.
 */
export function writeCorpus({ count, format, seed, outDir }: CorpusOptions): void {
  const r = seededRandom(seed);
  const sections = planSections(count);
  const questions = planQuestions(sections, count, r);

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'sections'), { recursive: true });
  mkdirSync(join(outDir, 'questions'), { recursive: true });
  writeFileSync(join(outDir, 'site.json'), siteFile(count, format));
  sections.forEach((section, i) =>
    writeFileSync(join(outDir, 'sections', `${section.id}.md`), sectionFile(section, i + 1)),
  );

  questions.forEach((question, i) => {
    const related: LinkTarget[] = r.chance(0.4)
      ? Array.from({ length: r.int(1, 2) }, () => r.pick(questions)).filter((other) => other.id !== question.id)
      : [];
    const body = answerText(
      {
        subject: question.subject,
        format,
        related,
        withCodeBlock: i % 10 === 3,
        withList: r.chance(0.3),
        withCallout: r.chance(0.1),
      },
      r,
    );
    writeFileSync(
      join(outDir, 'questions', `${question.id}.${format}`),
      `---\nquestion: ${yamlString(question.text)}\n---\n\n${body}\n`,
    );
  });
}
