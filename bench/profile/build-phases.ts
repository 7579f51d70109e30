/** Where a build's wall time went, read from Astro's own log lines (seconds). */
export interface BuildPhases {
  /** Config, content check and content sync, up to "Collecting build info". */
  collectSeconds?: number;
  /** Vite/Rolldown bundles for the server and the client. */
  bundleSeconds?: number;
  /** Rendering every page to HTML. */
  pagesSeconds?: number;
  /** astro:build:done hooks: sitemap and the Pagefind index. */
  buildDoneSeconds?: number;
  totalSeconds?: number;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

const seconds = (text: string | undefined) => {
  if (text === undefined) return undefined;
  const [, minutes, secs, ms] = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?(?:(\d+)ms)?$/.exec(text.trim()) ?? [];
  return Number(minutes ?? 0) * 60 + Number(secs ?? 0) + Number(ms ?? 0) / 1000;
};

export function buildPhases(log: string): BuildPhases {
  // Astro colours its log with ANSI escape sequences: ESC [ … m.
  const plain = log.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  const collect = seconds(/\[build\] ✓ Completed in ([^.]+(?:\.\d+)?s|\d+ms)\./.exec(plain)?.[1]);
  const bundles = [...plain.matchAll(/\[vite\] ✓ built in ([\d.]+s|\d+ms)/g)].map((match) => seconds(match[1]) ?? 0);
  const pages = seconds(/^\S+ ✓ Completed in ([^\n]+?)\.$/m.exec(plain)?.[1]);
  const entrypoints = seconds([...plain.matchAll(/\[build\] ✓ Completed in ([^\n]+?)\.$/gm)][1]?.[1]);
  const total = seconds(/page\(s\) built in ([^\n]+)$/m.exec(plain)?.[1]);
  return {
    ...(collect !== undefined ? { collectSeconds: collect } : {}),
    ...(bundles.length > 0 ? { bundleSeconds: round(bundles.reduce((a, b) => a + b, 0)) } : {}),
    ...(pages !== undefined ? { pagesSeconds: pages } : {}),
    ...(total !== undefined && collect !== undefined && entrypoints !== undefined
      ? { buildDoneSeconds: round(total - collect - entrypoints) }
      : {}),
    ...(total !== undefined ? { totalSeconds: total } : {}),
  };
}
