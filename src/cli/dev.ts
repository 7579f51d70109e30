// npm run dev — Astro's dev server, started afresh whenever the site's settings (site.json) change. Astro reads them
// once, at its start; its own restart in place would keep the content layer of the server before it, whose watcher
// is gone, so saved answers would no longer show and new sections would have no page.
import './content-option.ts';
import { readFileSync, watch } from 'node:fs';
import { contentDir } from '../settings/content-dir.ts';
import { startAstro } from './astro.ts';

const args = ['dev', ...process.argv.slice(2)];
const dir = contentDir();
const settingsOf = () => {
  try {
    return readFileSync(`${dir}/site.json`, 'utf8');
  } catch {
    return '';
  }
};

let settings = settingsOf();
let server: ReturnType<typeof startAstro> | undefined;
let restarting = false;
let stopping = false;
// Whether the server running was started for changed settings: if they stop it, the next change starts it again.
let restarted = false;

function start() {
  const started = startAstro(args, { stdio: 'inherit' });
  server = started;
  started.once('exit', (code, signal) => {
    server = undefined;
    if (restarting && !stopping) {
      restarting = false;
      restarted = true;
      start();
    } else if (restarted && !stopping && code !== 0) {
      console.error('\nThe dev server stopped on the settings above: it starts again when site.json is saved.\n');
    } else process.exit(code ?? (signal ? 1 : 0));
  });
}
start();

let pending: NodeJS.Timeout | undefined;
// The folder is watched, not the file: an editor that saves by replacing the file would end a watch of the file.
watch(dir, (_event, name) => {
  if (name !== 'site.json' || stopping) return;
  clearTimeout(pending);
  pending = setTimeout(() => {
    const now = settingsOf();
    if (now === settings || restarting) return;
    settings = now;
    console.log('\nsite.json changed: starting the dev server again with the new settings.\n');
    if (!server) return void ((restarted = true), start());
    restarting = true;
    server.kill();
  }, 200);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    if (server) server.kill(signal);
    else process.exit(0);
  });
}
