import { firstIndex } from '../utils/binary-search.ts';

/** The 1-based line of each offset of a text. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  // The line is the last that starts at or before the offset: one before the first that starts after it.
  return (offset) => firstIndex(starts.length, (line) => starts[line]! > offset);
}
