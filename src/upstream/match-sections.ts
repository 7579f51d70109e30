import type { ContentState } from './content-state.ts';
import type { UpstreamFaq } from './upstream-faq.ts';

/**
 * The local section each upstream section is, by its place in the file: the section last synced from the
 * same name; else the one most of its questions were synced into or live in (a renamed section keeps its
 * id); else a section written by hand with the same title; undefined for a section new to the site.
 */
export function matchSections(
  upstream: UpstreamFaq,
  state: ContentState,
  questionIds: Map<UpstreamFaq['questions'][number], string>,
): (string | undefined)[] {
  const claimed = new Set<string>();
  const result: (string | undefined)[] = upstream.sections.map(() => undefined);
  const claim = (index: number, id: string | undefined) => {
    if (id === undefined || result[index] !== undefined || claimed.has(id) || !state.sections.has(id)) return;
    result[index] = id;
    claimed.add(id);
  };
  const synced = Object.entries(state.record.sections);
  upstream.sections.forEach((section, i) => claim(i, synced.find(([, s]) => s.name === section.name)?.[0]));

  const homeOf = (id: string) =>
    state.record.questions[id]?.section ?? [...state.sections.values()].find((s) => s.questions.includes(id))?.id;
  upstream.sections.forEach((section, i) => {
    const votes = new Map<string, number>();
    for (const question of section.questions) {
      const id = questionIds.get(question);
      const home = id === undefined ? undefined : homeOf(id);
      if (home && !claimed.has(home)) votes.set(home, (votes.get(home) ?? 0) + 1);
    }
    claim(i, [...votes].toSorted((a, b) => b[1] - a[1])[0]?.[0]);
  });

  const untracked = [...state.sections.values()].filter((s) => !(s.id in state.record.sections));
  upstream.sections.forEach((section, i) =>
    claim(i, untracked.find((s) => s.title.toLowerCase() === section.name.toLowerCase())?.id),
  );
  return result;
}
