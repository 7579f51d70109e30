/** The index of the first item of `sorted` whose key is not before `key`: where the keys that start with it begin. */
export function lowerBound<T>(sorted: readonly T[], key: string, keyOf: (item: T) => string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keyOf(sorted[middle]!) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A list of words is its own key. */
export const itself = (word: string) => word;
