import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { peerDir, writePeerSite } from '../peer/write-peer-site.ts';
import type { BuildRun } from './builds.ts';
import { measureProcess } from './process-peak.ts';
import { moveAside } from './trash.ts';

/** The peer's name and version as installed, e.g. "Starlight 0.42.4". */
export const peerLabel = () => {
  const manifest = JSON.parse(readFileSync(join(peerDir, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  return `Starlight ${manifest.dependencies['@astrojs/starlight']}`;
};

/** Installs the peer's pinned packages from bench/peer/package-lock.json the first time the benchmark needs them. */
function installPeer() {
  if (existsSync(join(peerDir, 'node_modules/@astrojs/starlight'))) return;
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: peerDir, stdio: 'inherit' });
  if (npm.status !== 0) throw new Error('npm ci in bench/peer/ failed: the peer needs the npm registry once');
}

/** Writes the corpus as the peer's pages and returns a cold build of it, to run in turn with the site's own. */
export function preparePeer(contentDir: string): () => Promise<BuildRun> {
  installPeer();
  writePeerSite(contentDir);
  const astro = join(peerDir, 'node_modules/astro/bin/astro.mjs');
  return async () => {
    for (const path of ['.astro', 'node_modules/.astro']) rmSync(join(peerDir, path), { recursive: true, force: true });
    moveAside(join(peerDir, 'dist'));
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
    const result = await measureProcess(process.execPath, [astro, 'build'], { env, cwd: peerDir });
    if (result.exitCode !== 0) throw new Error(`the peer's build failed:\n${result.output.slice(-2000)}`);
    return {
      wallMs: result.wallMs,
      peakRssKb: result.peakRssKb,
      ...(result.cpuPercent !== undefined ? { cpuPercent: result.cpuPercent } : {}),
    };
  };
}
