import type { PublishedIds } from '../schemas/published-ids.ts';
import type { UpstreamRecord } from '../schemas/upstream.ts';
import { answerDigest } from './answer-digest.ts';
import type { ContentState, QuestionState } from './content-state.ts';
import { siteQuestion } from '../pipeline/question-text.ts';
import type { SyncReport } from './sync-report.ts';
import type { Resolutions } from './sync-question.ts';
import { answerText } from './content-state.ts';

interface Retiring {
  state: ContentState;
  questions: Map<string, QuestionState>;
  homeOf: Map<string, string>;
  records: UpstreamRecord['questions'];
  registry: PublishedIds;
  report: SyncReport;
  options: { date: string; sourceTitle: string; resolutions: Resolutions };
}

/**
 * The questions upstream removed, retired the way the site retires ids: the file goes, and its id and aliases
 * get the removal page (with its last text, whose Learn-style anchors land there too), never a silent 404. A
 * question the site edited since it was synced is a conflict instead: it stays until --take retires it or
 * --keep makes it the site's own.
 */
export function retireQuestions(ids: string[], context: Retiring): void {
  const { state, questions, homeOf, records, registry, report, options } = context;
  for (const id of ids) {
    const question = questions.get(id);
    const was = state.record.questions[id]!;
    if (!question) continue;
    const edited = answerDigest(question.body) !== was.answerDigest || question.question !== siteQuestion(was.question);
    if (edited && !options.resolutions.take.has(id)) {
      if (options.resolutions.keep.has(id)) continue;
      report.conflicts.push({ id, part: 'removal', local: answerText(question.body), upstream: '', line: undefined });
      records[id] = was;
      continue;
    }
    const section = homeOf.get(id);
    const note = `${options.sourceTitle} removed this question on ${options.date}.`;
    for (const retired of [id, ...question.aliases])
      registry.retired[retired] = { ...(section ? { section } : {}), note, question: question.question };
    questions.delete(id);
    homeOf.delete(id);
    report.retired.push({ id, text: question.question });
  }
}
