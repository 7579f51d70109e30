import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Runs the project's Astro CLI on the Node that runs this script (the pinned Node 24 under npm run). */
export function runAstro(args: string[]): number {
  const bin = resolve('node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [bin, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return result.status ?? 1;
}
