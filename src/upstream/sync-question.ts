import type { SyncedQuestion } from '../schemas/upstream.ts';
import { answerDigest } from './answer-digest.ts';
import { answerText, type QuestionState } from './content-state.ts';
import { siteQuestion } from '../pipeline/question-text.ts';
import type { SyncReport } from './sync-report.ts';
import type { UpstreamQuestion } from './upstream-faq.ts';

/** How the maintainer settled the conflicts of earlier runs: keep the site's text, or take upstream's. */
export interface Resolutions {
  keep: ReadonlySet<string>;
  take: ReadonlySet<string>;
}

/** What a question is after the sync: its file, its record, its section. */
export interface SyncedState {
  question: QuestionState;
  record: SyncedQuestion;
  section: string;
}

const withLast = (list: string[], add: string | undefined, drop: string) => [
  ...list.filter((item) => item !== drop && item !== add),
  ...(add === undefined ? [] : [add]),
];

/** The record of a question the folder had before it was synced: what upstream says now, as if synced from it. */
export const adoptedRecord = (up: UpstreamQuestion, section: string): SyncedQuestion => ({
  section,
  question: up.question,
  answer: up.answer,
  answerDigest: answerDigest(up.body),
});

/**
 * One question brought up to its upstream version by a three-way decision for each of its parts (text, answer,
 * section): what changed upstream since `base` replaces the site's copy only where the site left it as synced;
 * where both changed, the site's copy stays and the conflict is reported (the record keeps the old upstream
 * text, so the next sync reports it again until it is resolved with --keep or --take).
 */
export function syncQuestion(
  local: QuestionState,
  localSection: string,
  base: SyncedQuestion | undefined,
  up: UpstreamQuestion,
  target: string,
  { date, resolutions, report }: { date: string; resolutions: Resolutions; report: SyncReport },
): SyncedState {
  const { id } = local;
  const take = resolutions.take.has(id);
  const keep = resolutions.keep.has(id);
  const was = base ?? adoptedRecord(up, target);
  const question = { ...local };
  const record = { ...was, section: target };
  let changed = false;

  const learnWording = siteQuestion(was.question);
  const textEdited = local.question !== learnWording;
  if (up.question !== was.question || (take && local.question !== up.text)) {
    if (local.question === up.text || keep) {
      // The site already says it, or keeps its own wording on purpose: upstream's change is taken in.
      if (local.question !== up.text) report.settled.push(id);
      record.question = up.question;
      changed = true;
    } else if (!textEdited || take) {
      report.reworded.push({ id, from: local.question, to: up.text });
      question.formerly = withLast(question.formerly, local.question, up.text);
      question.question = up.text;
      record.question = up.question;
      changed = true;
    } else report.conflicts.push({ id, part: 'question', local: local.question, upstream: up.text, line: up.line });
  }
  // Learn's links were made from the wording the record gives up: they keep landing by formerly.
  if (record.question !== was.question && learnWording !== question.question)
    question.formerly = withLast(question.formerly, learnWording, question.question);

  const answerEdited = answerDigest(local.body) !== was.answerDigest;
  if (up.answer !== was.answer || (take && answerEdited)) {
    const same = answerText(local.body) === answerText(up.body);
    if (same || keep) {
      if (!same) report.settled.push(id);
      Object.assign(record, { answer: up.answer }, same ? { answerDigest: answerDigest(up.body) } : {});
      changed = true;
    } else if (!answerEdited || take) {
      report.answersUpdated.push(id);
      Object.assign(question, { body: up.body, extension: up.usesComponents ? '.mdx' : '.md' });
      Object.assign(record, { answer: up.answer, answerDigest: answerDigest(up.body) });
      changed = true;
    } else
      report.conflicts.push({
        id,
        part: 'answer',
        local: answerText(local.body),
        upstream: answerText(up.body),
        line: up.line,
      });
  } else if (answerEdited) report.keptLocal.push(id);

  let section = localSection;
  if (base && target !== base.section) {
    if (localSection === base.section) {
      report.moved.push({ id, from: localSection, to: target });
      question.movedFrom = withLast(question.movedFrom, localSection, target);
      section = target;
    } else
      report.notices.push(
        `Upstream moved "${id}" to section "${target}"; the site had moved it to "${localSection}", where it stays.`,
      );
  }
  if (!base) report.adopted.push(id);
  if (changed || (!base && question.updated === undefined)) question.updated = date;
  return { question, record, section };
}
