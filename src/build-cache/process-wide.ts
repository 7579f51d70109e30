/**
 * A value that exists once per process. Astro loads astro.config.mjs, src/content.config.ts and the built
 * pages as separate module graphs in one process, so a module-level value would exist three times; this one
 * hangs off globalThis under `name`.
 */
export function processWide<T>(name: string, create: () => T): T {
  const slots = globalThis as Record<symbol, unknown>;
  return (slots[Symbol.for(`aks-faq.${name}`)] ??= create()) as T;
}
