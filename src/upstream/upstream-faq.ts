import { ContentError } from '../pipeline/problems.ts';
import type { LearnFaqFile, LearnQuestion } from './learn-faq-file.ts';
import { siteAnswer, type SiteAnswer } from './learn-markdown.ts';
import { siteQuestion } from '../pipeline/question-text.ts';

/** A question of the upstream FAQ, as written there and as the site writes it. */
export interface UpstreamQuestion extends LearnQuestion, SiteAnswer {
  /** The question as the site's `question` field has it: plain text, and its inline code as written. */
  text: string;
  /** The upstream section's place in the file, from 0. */
  section: number;
}

export interface UpstreamSection {
  name: string;
  line: number;
  questions: UpstreamQuestion[];
}

/** An upstream FAQ file read and converted: what the import and the sync work from. */
export interface UpstreamFaq extends Omit<LearnFaqFile, 'sections'> {
  sections: UpstreamSection[];
  questions: UpstreamQuestion[];
}

/** The questions of a Learn FAQ in the site's terms; two questions asking the same are refused, with both lines. */
export function upstreamFaq(learn: LearnFaqFile, page: string): UpstreamFaq {
  const sections = learn.sections.map((section, index) => ({
    ...section,
    questions: section.questions.map((question) => ({
      ...question,
      ...siteAnswer(question.answer, page),
      text: siteQuestion(question.question),
      section: index,
    })),
  }));
  const questions = sections.flatMap((section) => section.questions);
  const asked = new Map<string, UpstreamQuestion>();
  const problems = questions.flatMap((question) => {
    const key = question.text.toLowerCase();
    const first = asked.get(key);
    asked.set(key, first ?? question);
    return first
      ? [
          {
            file: learn.file,
            line: question.line,
            message: `The question "${question.text}" is asked twice: on line ${first.line} and here.`,
            hint: 'Every question gets its own id and anchor here: merge the two answers, or reword one question.',
          },
        ]
      : [];
  });
  if (problems.length > 0) throw new ContentError(problems);
  return { ...learn, sections, questions };
}
