/** A render job's claim, in memory the loader and the render thread share: nobody's yet, or taken by one of them. */
export const UNCLAIMED = 0;
export const BY_THREAD = 1;
export const BY_LOADER = 2;
