import * as pagefind from 'pagefind';
import { faqSearchRecords } from '../src/search/index/faq-records.ts';
import { pagefindRecord } from '../src/search/record.ts';
const mode = process.argv[2];
const records = faqSearchRecords(process.env.FAQ_CONTENT_DIR!);
process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '2000';
const cpu0 = process.cpuUsage();
const t1 = performance.now();
const { index } = await pagefind.createIndex();
for (let s = 0; s < records.length; s += 500) await Promise.all(records.slice(s, s + 500).map((r) => index!.addCustomRecord(pagefindRecord(r))));
const t3 = performance.now();
if (mode === 'get') { const { files } = await index!.getFiles(); console.log(files.length); }
else { const r = await index!.writeFiles({ outputPath: `/tmp/pfout-${Date.now()}` }); console.log(r.errors, r.outputPath); }
const t4 = performance.now();
const cpu = process.cpuUsage(cpu0);
console.log(mode, { add: Math.round(t3 - t1), out: Math.round(t4 - t3), nodeCpu: Math.round((cpu.user + cpu.system) / 1000) });
await pagefind.close();
