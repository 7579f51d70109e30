import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The project's Astro CLI on the Node that runs this script (the pinned Node 24 under npm run and npx), started
// directly: through npx, stopping a server would leave Astro running.
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const astroEnv = (env: NodeJS.ProcessEnv = process.env) => ({ ...env, ASTRO_TELEMETRY_DISABLED: '1' });

/** Runs Astro to its end, writing to this terminal, with `env` (this process's by default); gives its exit code. */
export function runAstro(args: string[], env?: NodeJS.ProcessEnv): number {
  return spawnSync(process.execPath, [astroBin, ...args], { stdio: 'inherit', env: astroEnv(env) }).status ?? 1;
}

/** Starts Astro, such as its dev or preview server, and gives its process. */
export function startAstro(args: string[], options: SpawnOptions = {}) {
  return spawn(process.execPath, [astroBin, ...args], { ...options, env: astroEnv(options.env) });
}
