import { readFileSync } from 'node:fs';

/** The parts of a V8 .cpuprofile file this summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface Cost {
  name: string;
  ms: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by package (node_modules/<name>), project folder, or V8 category. */
  byPlace: Cost[];
  /** Self time by function. */
  byFunction: Cost[];
  /** Total time (self and callees) of project and package functions. */
  inclusive: Cost[];
}

const projectUrl = new URL('../../', import.meta.url).href;

function placeOf(url: string): string {
  if (url === '') return '(native, GC, idle)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node:*';
  // The site's own pages and components, as Astro bundled them for rendering.
  if (url.includes('/.prerender/')) return 'site pages and components (bundled)';
  // Project files by their first two folders, e.g. src/search.
  const project = url.startsWith(projectUrl) ? /^([^/]+(?:\/[^/]+)?)/.exec(url.slice(projectUrl.length)) : null;
  return project ? project[1]! : url;
}

const top = (costs: Map<string, number>, count: number): Cost[] =>
  [...costs]
    .map(([name, ms]) => ({ name, ms: Math.round(ms) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);

/** Where a CPU profile's time went: by place, by function, and inclusive of callees. */
export function summarizeProfile(file: string, count = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const frame = byId.get(id)!.callFrame;
    const place = placeOf(frame.url);
    const name = `${frame.functionName || '(anonymous)'} ${place}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    // Each function on the stack counts once, however deep it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const caller = byId.get(at)!.callFrame;
      if (!caller.url || caller.url.startsWith('node:')) continue;
      const key = `${caller.functionName || '(anonymous)'} ${placeOf(caller.url)}:${caller.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  }
  const totalMs = [...selfMs.values()].reduce((a, b) => a + b, 0);
  return {
    totalMs: Math.round(totalMs),
    byPlace: top(byPlace, count),
    byFunction: top(byFunction, count),
    inclusive: top(inclusive, count * 2),
  };
}
