import { isDeepStrictEqual } from 'node:util';
import { parseDocument, Scalar, YAMLSeq, type Document } from 'yaml';
import { restoreSource } from '../pipeline/source-text.ts';
import type { QuestionState, SectionState } from './content-state.ts';

type Value = string | number | string[] | undefined;

const quoted = (text: string) => Object.assign(new Scalar(text), { type: Scalar.QUOTE_DOUBLE });

/** A YAML node for a value, texts in double quotes as the content folder writes them, lists of ids plain. */
function node(value: string | number | string[], { quote, flow }: { quote: boolean; flow: boolean }) {
  if (!Array.isArray(value)) return typeof value === 'string' && quote ? quoted(value) : new Scalar(value);
  const list = new YAMLSeq();
  list.flow = flow;
  list.items.push(...value.map((item) => (quote ? quoted(item) : new Scalar(item))));
  return list;
}

/** Sets the fields that changed, in place (comments and the rest stay as written); an empty one goes. */
function setFields(doc: Document, fields: [string, Value, { quote: boolean; flow: boolean }][]): void {
  for (const [key, value, style] of fields) {
    const empty = value === undefined || (Array.isArray(value) && value.length === 0);
    if (empty) doc.delete(key);
    else if (!isDeepStrictEqual(doc.toJS()?.[key], value)) doc.set(key, node(value, style));
  }
}

const text = (doc: Document) => doc.toString({ lineWidth: 0, flowCollectionPadding: false });
const texts = { quote: true, flow: true };
const ids = { quote: false, flow: true };

/** The text of a question file: its front matter edited where the sync changed it, then its answer. */
export function questionFileText(question: QuestionState): string {
  const doc = parseDocument(question.frontMatter);
  setFields(doc, [
    ['question', question.question, texts],
    ['formerly', question.formerly, texts],
    ['aliases', question.aliases, ids],
    ['movedFrom', question.movedFrom, ids],
    ['updated', question.updated, { quote: false, flow: false }],
  ]);
  return restoreSource(question.encoding, `---\n${text(doc)}---\n\n${question.body}`);
}

/** The text of a section file: its front matter edited where the sync changed it, then its introduction. */
export function sectionFileText(section: SectionState): string {
  const doc = parseDocument(section.frontMatter);
  setFields(doc, [
    ['title', section.title, texts],
    ['order', section.order, ids],
    ['summary', section.summary, texts],
    ['questions', section.questions, { quote: false, flow: false }],
  ]);
  return restoreSource(section.encoding, `---\n${text(doc)}---${section.intro}`);
}
