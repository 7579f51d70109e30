import { dev } from 'astro';
import { Session } from 'node:inspector/promises';
import { writeFileSync, appendFileSync } from 'node:fs';
const server = await dev({ root: process.cwd(), server: { port: 4401, host: '127.0.0.1' }, logLevel: 'warn' });
const get = async (path: string) => { const t = performance.now(); const r = await fetch(`http://127.0.0.1:4401${path}`); const text = await r.text(); return [Math.round(performance.now() - t), text] as const; };
console.log('warm', (await get('/add-ons-automation/'))[0]);
const session = new Session(); session.connect();
await session.post('Profiler.enable'); await session.post('Profiler.start');
for (let i = 0; i < 2; i++) console.log('page', (await get('/add-ons-automation/'))[0]);
const file = `${process.env.FAQ_CONTENT_DIR}/questions/istio-based-service-mesh-report.mdx`;
const marker = `zq${Date.now()}`;
appendFileSync(file, `\nEdited ${marker}.\n`);
const t = performance.now();
for (let i = 0; i < 100; i++) { const [ms, text] = await get('/add-ons-automation/'); console.log('after edit', ms); if (text.includes(marker)) break; }
console.log('edit visible after', Math.round(performance.now() - t));
const { profile } = await session.post('Profiler.stop');
writeFileSync('/tmp/dev.cpuprofile', JSON.stringify(profile));
await server.stop();
process.exit(0);
