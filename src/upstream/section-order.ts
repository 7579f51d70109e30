/**
 * A section's questions after a sync: those that come from upstream in upstream's order, and each of the
 * site's own questions kept right after the question it followed (or first, if it led the list).
 */
export function mergeOrder(upstreamOrder: readonly string[], localOrder: readonly string[]): string[] {
  const fromUpstream = new Set(upstreamOrder);
  const result = [...upstreamOrder];
  localOrder.forEach((id, i) => {
    if (fromUpstream.has(id)) return;
    const after = localOrder.slice(0, i).findLast((previous) => result.includes(previous));
    result.splice(after === undefined ? 0 : result.indexOf(after) + 1, 0, id);
  });
  return result;
}

/**
 * The order numbers of the sections after a sync, for those that must change: new sections go after the
 * section that precedes them upstream, at the end when nothing follows, and the rest are renumbered only
 * when a new one lands between two.
 */
export function sectionOrders(
  existing: readonly { id: string; order: number }[],
  upstreamOrder: readonly { id: string; isNew: boolean }[],
): Map<string, number> {
  const sorted = existing.toSorted((a, b) => a.order - b.order).map((s) => s.id);
  const placed = [...sorted];
  upstreamOrder.forEach(({ id, isNew }, i) => {
    if (!isNew) return;
    const before = upstreamOrder.slice(0, i).findLast((s) => placed.includes(s.id));
    placed.splice(before ? placed.indexOf(before.id) + 1 : 0, 0, id);
  });
  const orders = new Map<string, number>();
  const appended = placed.slice(0, sorted.length).every((id, i) => id === sorted[i]);
  if (appended) {
    let last = Math.max(0, ...existing.map((s) => s.order));
    for (const id of placed.slice(sorted.length)) orders.set(id, ++last);
  } else {
    placed.forEach((id, i) => orders.set(id, i + 1));
  }
  return orders;
}
