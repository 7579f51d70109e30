import type { Random } from './random.ts';
import { ACTIONS, CONTEXTS, EVENTS, MOMENTS, SYMPTOMS, TOOLS } from './vocabulary.ts';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const TEMPLATES: readonly ((subject: string, r: Random) => string)[] = [
  (s, r) => `How do I ${r.pick(ACTIONS)} ${s} ${r.pick(CONTEXTS)}?`,
  (s, r) => `Can I ${r.pick(ACTIONS)} ${s} ${r.pick(CONTEXTS)}?`,
  (s, r) => `Why does ${s} ${r.pick(SYMPTOMS)} ${r.pick(MOMENTS)}?`,
  (s, r) => `What happens to ${s} when ${r.pick(EVENTS)}?`,
  (s, r) => `Is ${s} supported ${r.pick(CONTEXTS)}?`,
  (s, r) => `What are the limits of ${s} ${r.pick(CONTEXTS)}?`,
  (s, r) => `Should I use ${r.pick(TOOLS)} to ${r.pick(ACTIONS)} ${s}?`,
  (s, r) => `How long does it take to ${r.pick(ACTIONS)} ${s}?`,
  (s, r) => `Does ${s} keep working when ${r.pick(EVENTS)}?`,
  (s, r) => `Who is responsible for ${s} ${r.pick(MOMENTS)}?`,
];

/** One question about a subject, in one of several shapes a reader asks in. */
export function questionText(subject: string, r: Random): string {
  return capitalize(r.pick(TEMPLATES)(subject, r));
}
