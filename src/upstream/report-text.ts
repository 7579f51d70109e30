import type { Conflict, SyncReport } from './sync-report.ts';

const indent = (text: string, by = '      ') =>
  text
    .split('\n')
    .map((line) => (line ? `${by}${line}` : ''))
    .join('\n');

const list = (title: string, lines: string[]) =>
  lines.length === 0 ? [] : [`  ${title} (${lines.length}):`, ...lines.map((line) => `    ${line}`)];

const idList = (title: string, ids: string[]) =>
  ids.length === 0 ? [] : [`  ${title} (${ids.length}): ${ids.join(', ')}`];

function conflictText(conflict: Conflict, file: string): string {
  const where = conflict.line ? `${file}:${conflict.line}` : file;
  const what = {
    question: 'its question was reworded upstream and here',
    answer: 'its answer changed upstream and here',
    removal: 'upstream removed it, and it was edited here',
  }[conflict.part];
  return [
    `    ${conflict.id} (${where}): ${what}; the site's text is kept.`,
    '      here:',
    indent(conflict.local, '        '),
    ...(conflict.part === 'removal' ? [] : ['      upstream:', indent(conflict.upstream, '        ')]),
  ].join('\n');
}

/**
 * The moved questions, by what keeps their links to their old section's page landing: that page, which points on to
 * them; the redirect at a retired section's address; or, for a section removed before it was published, only the
 * not-found page's look-up in the anchor map.
 */
function movedLists(report: SyncReport): string[] {
  const removed = new Set(report.sectionsRemoved);
  const retired = new Set(report.sectionsRetired.map(({ id }) => id));
  const moves = (outOf: (section: string) => boolean) =>
    report.moved.filter((move) => outOf(move.from)).map(({ id, from, to }) => `${id}: ${from} -> ${to}`);
  return [
    ...list(
      'Moved, their old section keeping their anchors',
      moves((section) => !removed.has(section)),
    ),
    ...list(
      'Moved out of a retired section, whose redirect sends /<old>/#<id> on (the #fragment kept with JavaScript)',
      moves((section) => retired.has(section)),
    ),
    ...list(
      'Moved out of a removed, unpublished section (/<old>/#<id> lands only by the not-found page, with JavaScript)',
      moves((section) => removed.has(section) && !retired.has(section)),
    ),
  ];
}

/** The report a sync prints: what it changed, what it kept, and each conflict with both texts and how to settle it. */
export function reportText(report: SyncReport, file: string): string {
  const lines = [
    ...list(
      'New sections',
      report.sectionsAdded.map(({ id, title }) => `${id}: "${title}" (write its summary in sections/${id}.md)`),
    ),
    ...list(
      'Sections renamed, keeping their ids',
      report.sectionsRenamed.map(({ id, from, to }) => `${id}: "${from}" -> "${to}"`),
    ),
    ...list('Sections left empty and removed', report.sectionsRemoved),
    ...list(
      'Retired sections (their addresses send readers on, or say they were removed)',
      report.sectionsRetired.map(({ id, to }) => (to ? `${id} -> ${to}` : `${id}: removed`)),
    ),
    ...list(
      'New questions',
      report.added.map(({ id, section, text }) => `${section}/${id}: ${text}`),
    ),
    ...list(
      "Reworded, keeping their ids and the old wording's anchors",
      report.reworded.map(({ id, from, to }) => `${id}: "${from}" -> "${to}"`),
    ),
    ...movedLists(report),
    ...idList('Answers updated', report.answersUpdated),
    ...list(
      'Retired (their links land on the removal page)',
      report.retired.map(({ id, text }) => `${id}: ${text}`),
    ),
    ...idList('Matched to questions already here', report.adopted),
    ...idList("Settled with --keep: upstream's change seen, the site's text kept", [...new Set(report.settled)]),
    ...idList('Edited here, unchanged upstream: kept', report.keptLocal),
    ...list('To look at', report.notices),
  ];
  if (report.conflicts.length > 0) {
    lines.push(
      `  Conflicts (${report.conflicts.length}): changed upstream and here since the last sync.`,
      ...report.conflicts.map((conflict) => conflictText(conflict, file)),
      '  Settle each: edit the file to the text you want and sync again with --keep <id> (keeps the file as it',
      "  is), or sync again with --take <id> (takes upstream's text). Until then every sync reports it again.",
    );
  }
  return lines.length === 0 ? '  Nothing changed.' : lines.join('\n');
}
