import { isMap, isScalar, isSeq, type Document } from 'yaml';
import { lineIndex } from './line-index.ts';
import type { FieldLines, LocatedDocument } from './validate.ts';

type Range = [number, number, number];
const rangeOf = (node: unknown) => (node as { range?: Range } | null)?.range;

/** A YAML document parsed from `text`, located in its file, where the text starts on `firstLine`. */
export function locateYaml(
  file: string,
  doc: Document,
  text: string,
  firstLine: number,
): LocatedDocument & { fieldLines(): FieldLines; lineAt(offset: number): number } {
  const lineInText = lineIndex(text);
  const lineAt = (offset: number) => lineInText(offset) + firstLine - 1;
  const lineOf = (path: readonly PropertyKey[], key?: string): number => {
    const node = doc.getIn(path as (string | number)[], true);
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      const range = rangeOf(pair?.key);
      if (range) return lineAt(range[0]);
    }
    const range = rangeOf(node);
    if (range) return lineAt(range[0]);
    return path.length > 0 ? lineOf(path.slice(0, -1), String(path.at(-1))) : firstLine;
  };
  const fieldLines = () => {
    const found: FieldLines = {};
    const root = doc.getIn([], true);
    if (!isMap(root)) return found;
    for (const pair of root.items) {
      const range = rangeOf(pair.key);
      if (!isScalar(pair.key) || !range) continue;
      const field = String(pair.key.value);
      found[field] = lineAt(range[0]);
      if (isSeq(pair.value))
        pair.value.items.forEach((item, i) => rangeOf(item) && (found[`${field}[${i}]`] = lineAt(rangeOf(item)![0])));
    }
    return found;
  };
  return { file, syntax: 'yaml', firstLine, lineOf, fieldLines, lineAt };
}
