/**
 * The first index below `length` where `reached(index)` holds, for a test that holds from some index on (a
 * sorted list): found in log₂(length) steps. `length` when it never holds.
 */
export function firstIndex(length: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (reached(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The index of the first item of `sorted` whose key is not before `key`: where the keys that start with it begin. */
export const lowerBound = <T>(sorted: readonly T[], key: string, keyOf: (item: T) => string): number =>
  firstIndex(sorted.length, (index) => keyOf(sorted[index]!) >= key);

/** A list of words is its own key. */
export const itself = (word: string) => word;
