import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { lineIndex } from './line-index.ts';
import type { FieldLines, LocatedDocument } from './validate.ts';

/** A JSON file's tree (jsonc-parser's, with offsets) located in its text. */
export function locateJson(file: string, text: string, root: Node): LocatedDocument & { fieldLines(): FieldLines } {
  const lineAt = lineIndex(text);
  const lineOf = (path: readonly PropertyKey[], key?: string): number => {
    const node = findNodeAtLocation(
      root,
      key === undefined ? (path as (string | number)[]) : [...(path as (string | number)[]), key],
    );
    // A property's value node sits after its key; its parent, the property, starts on the key's line.
    if (node) return lineAt(node.parent?.type === 'property' ? node.parent.offset : node.offset);
    return path.length > 0 ? lineOf(path.slice(0, -1), String(path.at(-1))) : 1;
  };
  const fieldLines = () => {
    const found: FieldLines = {};
    for (const property of root.type === 'object' ? (root.children ?? []) : []) {
      const [key, value] = property.children ?? [];
      if (!key || typeof key.value !== 'string') continue;
      found[key.value] = lineAt(property.offset);
      if (value?.type === 'array')
        value.children?.forEach((item, i) => (found[`${key.value}[${i}]`] = lineAt(item.offset)));
      if (value?.type === 'object')
        for (const inner of value.children ?? [])
          found[`${key.value}.${inner.children?.[0]?.value}`] = lineAt(inner.offset);
    }
    return found;
  };
  return { file, syntax: 'json', firstLine: 1, lineOf, fieldLines };
}
