import { siteRoutes } from '../urls/routes.ts';
import type { UpstreamRecord } from '../schemas/upstream.ts';
import type { ContentState, QuestionState, SectionState } from './content-state.ts';
import { matchQuestions } from './match-questions.ts';
import { matchSections } from './match-sections.ts';
import { newId } from './new-id.ts';
import { siteQuestion } from '../pipeline/question-text.ts';
import { retireQuestions } from './retire-questions.ts';
import { retireSections } from './retire-sections.ts';
import { mergeOrder, sectionOrders } from './section-order.ts';
import { questionWords } from './similarity.ts';
import { emptyReport, type SyncReport } from './sync-report.ts';
import { adoptedRecord, syncQuestion, type Resolutions } from './sync-question.ts';
import type { UpstreamFaq, UpstreamQuestion } from './upstream-faq.ts';

export interface SyncOptions {
  /** The upstream version's date, YYYY-MM-DD: the `updated` date of what it changes. */
  date: string;
  /** The upstream file's name, recorded as the version synced. */
  version: string;
  /** The upstream page's title, named in the notes of retired questions. */
  sourceTitle: string;
  resolutions: Resolutions;
}

export interface SyncPlan {
  /** The upstream file. */
  file: string;
  next: ContentState;
  report: SyncReport;
  /** The upstream question each question file comes from, to name its line when the file is refused. */
  sources: Map<string, UpstreamQuestion>;
}

/** Every id a new question or section may not take: those in use, ever published or retired, and the site's routes. */
const takenIds = (state: ContentState) =>
  new Set([
    ...[...state.questions.values()].flatMap((q) => [q.id, ...q.aliases]),
    ...state.sections.keys(),
    ...state.registry.published,
    ...state.registry.sections,
    ...Object.keys(state.registry.retired),
    ...siteRoutes.map((route) => route.name),
  ]);

/**
 * The state with the record's questions under the ids they have here now: a question renamed here lists its old id
 * among its aliases, and keeps following upstream under its new one.
 */
function underCurrentIds(state: ContentState): ContentState {
  const synced = state.record.questions;
  const renamed = new Map(
    [...state.questions.values()]
      .filter((question) => !Object.hasOwn(synced, question.id))
      .flatMap((question) =>
        question.aliases
          .filter((alias) => Object.hasOwn(synced, alias) && !state.questions.has(alias))
          .map((alias) => [alias, question.id]),
      ),
  );
  if (renamed.size === 0) return state;
  const questions = Object.fromEntries(Object.entries(synced).map(([id, was]) => [renamed.get(id) ?? id, was]));
  return { ...state, record: { ...state.record, questions } };
}

/** A section's record after a sync: its upstream name now, and the names it had before, whose anchors still land. */
function sectionRecord(was: UpstreamRecord['sections'][string] | undefined, name: string) {
  const earlier = [...(was?.formerly ?? []), ...(was ? [was.name] : [])];
  const formerly = [...new Set(earlier)].filter((other) => other !== name);
  return formerly.length > 0 ? { name, formerly } : { name };
}

/**
 * The content folder brought up to an upstream version: questions matched to their ids by their text and
 * answer (those synced before first, then those written by hand), each part changed by a three-way decision,
 * new questions and sections given ids the way `npm run new` makes them, and what upstream removed retired.
 */
export function planSync(given: ContentState, upstream: UpstreamFaq, options: SyncOptions): SyncPlan {
  const report = emptyReport();
  const state = underCurrentIds(given);
  const { record } = state;
  const candidate = (q: UpstreamQuestion) => ({ key: q, text: q.text, words: questionWords(q.text, q.answer) });
  const synced = Object.entries(record.questions).map(([id, s]) => {
    const text = siteQuestion(s.question);
    return { key: id, text, words: questionWords(text, s.answer) };
  });
  const tracked = matchQuestions(synced, upstream.questions.map(candidate));
  const byHand = [...state.questions.values()]
    .filter((q) => !(q.id in record.questions))
    .map((q) => ({ key: q.id, text: q.question, words: questionWords(q.question, q.body) }));
  const adopted = matchQuestions(byHand, upstream.questions.filter((q) => !tracked.has(q)).map(candidate));
  const idOf = new Map([...tracked, ...adopted]);

  const taken = takenIds(state);
  const matchedSections = matchSections(upstream, state, idOf);
  const sectionIds = matchedSections.map((id, i) => id ?? newId(upstream.sections[i]!.name, taken, 'section'));
  const sections = new Map([...state.sections].map(([id, s]) => [id, { ...s }] as [string, SectionState]));
  upstream.sections.forEach((u, i) => {
    const id = sectionIds[i]!;
    const section = sections.get(id);
    if (!section) {
      sections.set(id, {
        id,
        title: u.name,
        order: 0,
        summary: undefined,
        questions: [],
        intro: '\n',
        frontMatter: '',
        encoding: { bom: false, crlf: false },
      });
      report.sectionsAdded.push({ id, title: u.name });
      return;
    }
    const was = record.sections[id]?.name;
    if (was === undefined || was === u.name || section.title === u.name) return;
    if (section.title === was) {
      report.sectionsRenamed.push({ id, from: section.title, to: u.name });
      section.title = u.name;
    } else
      report.notices.push(
        `Upstream renamed section "${id}" to "${u.name}"; the site's title "${section.title}" stays.`,
      );
  });

  const homeOf = new Map([...state.sections.values()].flatMap((s) => s.questions.map((id) => [id, s.id] as const)));
  const questions = new Map([...state.questions].map(([id, q]) => [id, { ...q }] as [string, QuestionState]));
  const records: UpstreamRecord['questions'] = {};
  const sources = new Map<string, UpstreamQuestion>();
  const upstreamIds = new Map<UpstreamQuestion, string>();
  for (const up of upstream.questions) {
    const target = sectionIds[up.section]!;
    let id = idOf.get(up);
    const local = id === undefined ? undefined : questions.get(id);
    if (id !== undefined && !local) {
      report.notices.push(`"${id}" was deleted here but upstream still has it ("${up.text}"): it stays out.`);
      records[id] = adoptedRecord(up, target);
      continue;
    }
    if (id === undefined || !local) {
      id = newId(up.text, taken, 'question');
      questions.set(id, {
        id,
        extension: up.usesComponents ? '.mdx' : '.md',
        question: up.text,
        aliases: [],
        formerly: [],
        movedFrom: [],
        updated: options.date,
        body: up.body,
        frontMatter: '',
        encoding: { bom: false, crlf: false },
      });
      homeOf.set(id, target);
      records[id] = adoptedRecord(up, target);
      report.added.push({ id, section: target, text: up.text });
    } else {
      const result = syncQuestion(local, homeOf.get(id)!, record.questions[id], up, target, { ...options, report });
      questions.set(id, result.question);
      homeOf.set(id, result.section);
      records[id] = result.record;
    }
    sources.set(id, up);
    upstreamIds.set(up, id);
  }

  const registry = {
    published: [...state.registry.published],
    sections: [...state.registry.sections],
    retired: Object.fromEntries(Object.entries(state.registry.retired).map(([id, removal]) => [id, { ...removal }])),
  };
  const gone = Object.keys(record.questions).filter((id) => !(id in records));
  retireQuestions(gone, { state, questions, homeOf, records, registry, report, options });

  for (const [id, section] of sections) {
    const order = upstream.questions.flatMap((up) => {
      const qid = upstreamIds.get(up);
      return qid !== undefined && homeOf.get(qid) === id ? [qid] : [];
    });
    const local = (state.sections.get(id)?.questions ?? []).filter((qid) => homeOf.get(qid) === id);
    section.questions = mergeOrder(order, local);
    if (section.questions.length === 0) {
      sections.delete(id);
      report.sectionsRemoved.push(id);
    }
  }
  retireSections(report.sectionsRemoved, {
    before: state.sections,
    sections,
    homeOf,
    registry,
    record,
    report,
    options,
  });
  const orders = sectionOrders(
    [...sections.values()].filter((s) => state.sections.has(s.id)),
    sectionIds.filter((id) => sections.has(id)).map((id) => ({ id, isNew: !state.sections.has(id) })),
  );
  for (const [id, order] of orders) sections.get(id)!.order = order;
  for (const question of questions.values())
    question.movedFrom = question.movedFrom.filter((s) => sections.has(s) && s !== homeOf.get(question.id));
  // A retired id whose section went follows that section's readers: to where its address now sends them, if anywhere.
  for (const removal of Object.values(registry.retired))
    if (removal.section && !sections.has(removal.section)) {
      const heir = registry.retired[removal.section]?.section;
      if (heir) removal.section = heir;
      else delete removal.section;
    }

  const next: ContentState = {
    questions,
    sections,
    registry,
    record: {
      version: { file: options.version, date: options.date },
      sections: Object.fromEntries(
        sectionIds
          .filter((id) => sections.has(id))
          .map((id) => [id, sectionRecord(record.sections[id], upstream.sections[sectionIds.indexOf(id)]!.name)]),
      ),
      questions: records,
    },
  };
  return { file: upstream.file, next, report, sources };
}
