/** A replacement of the text between two offsets. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The text with its edits made; edits must not overlap, and are applied from the end so offsets hold. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.toSorted((a, b) => b.start - a.start);
  sorted.forEach((edit, i) => {
    const later = sorted[i - 1];
    if (later && edit.end > later.start) throw new Error(`Overlapping text edits at ${edit.start}-${edit.end}.`);
  });
  return sorted.reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}
