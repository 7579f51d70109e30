import type { PublishedIds } from '../schemas/published-ids.ts';
import type { UpstreamRecord } from '../schemas/upstream.ts';
import type { SectionState } from './content-state.ts';
import type { SyncReport } from './sync-report.ts';

interface Retiring {
  /** The sections before the sync, with their questions. */
  before: Map<string, SectionState>;
  /** The sections the sync keeps. */
  sections: Map<string, SectionState>;
  /** Each question's section after the sync; a retired question has none. */
  homeOf: Map<string, string>;
  registry: PublishedIds;
  /** What the sections were last synced from: their names upstream. */
  record: UpstreamRecord;
  report: SyncReport;
  options: { date: string; sourceTitle: string };
}

/**
 * The sections a sync left empty, retired the way the site retires ids when their address was published: `/<id>/`
 * sends readers on to the section that took most of its questions, or, when none did, says the section was removed.
 */
export function retireSections(removed: string[], context: Retiring): void {
  const { before, sections, homeOf, registry, record, report, options } = context;
  const published = new Set(registry.sections);
  for (const id of removed.filter((section) => published.has(section))) {
    const homes = (before.get(id)?.questions ?? []).flatMap((question) => homeOf.get(question) ?? []);
    const taken = Map.groupBy(
      homes.filter((home) => sections.has(home)),
      (home) => home,
    );
    // Stable: of two sections that took as many, the one that took its first question.
    const [section] = [...taken].toSorted((a, b) => b[1].length - a[1].length)[0] ?? [];
    const note = `${options.sourceTitle} removed this section on ${options.date}.`;
    const synced = record.sections[id];
    // Its titles, here and upstream: Learn's links to its heading keep landing (src/urls/anchor-map.ts).
    const titles = [...new Set([before.get(id)?.title, synced?.name, ...(synced?.formerly ?? [])])].filter(
      (title): title is string => title !== undefined,
    );
    registry.retired[id] = { ...(section ? { section } : {}), note, ...(titles.length > 0 ? { titles } : {}) };
    report.sectionsRetired.push({ id, to: section });
  }
}
