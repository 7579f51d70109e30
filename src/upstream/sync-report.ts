/** Where an upstream question both changed upstream and was edited here since the last sync. */
export interface Conflict {
  id: string;
  /** What both sides changed: the question's text, its answer, or upstream removed what the site edited. */
  part: 'question' | 'answer' | 'removal';
  /** The site's text, which the sync kept. */
  local: string;
  /** The upstream text, as the site would write it; empty for a removal. */
  upstream: string;
  /** The upstream file's line of the question. */
  line: number | undefined;
}

/** What a sync did, for its report. */
export interface SyncReport {
  sectionsAdded: { id: string; title: string }[];
  sectionsRenamed: { id: string; from: string; to: string }[];
  sectionsRemoved: string[];
  /** Removed sections whose address was published: it sends readers on to `to`, or says the section was removed. */
  sectionsRetired: { id: string; to: string | undefined }[];
  added: { id: string; section: string; text: string }[];
  reworded: { id: string; from: string; to: string }[];
  moved: { id: string; from: string; to: string }[];
  answersUpdated: string[];
  retired: { id: string; text: string }[];
  /** Questions matched for the first time to questions already in the folder (a folder written by hand). */
  adopted: string[];
  /** Conflicts settled with --keep: upstream's change is recorded as seen, the site's text stays. */
  settled: string[];
  /** Questions the site changed that upstream left alone: the site's text stays. */
  keptLocal: string[];
  conflicts: Conflict[];
  /** Anything else the maintainer should look at, one sentence each. */
  notices: string[];
}

export const emptyReport = (): SyncReport => ({
  sectionsAdded: [],
  sectionsRenamed: [],
  sectionsRemoved: [],
  sectionsRetired: [],
  added: [],
  reworded: [],
  moved: [],
  answersUpdated: [],
  retired: [],
  adopted: [],
  settled: [],
  keptLocal: [],
  conflicts: [],
  notices: [],
});
