// npm run test:other-faqs: the import on Learn FAQs it was not written against. Each of the three AKS FAQs in
// tests/fixtures/upstream/other-faqs/ is imported into a content folder of its own and built, as a team
// bringing its own Learn FAQ would; then the pages layer checks every page of the three builds in one run (axe,
// vnu, links, widths, headers: tests/support/built-sites.ts). Like npm run test:fork, it runs apart from npm
// test, in CI. `npm run test:other-faqs -- windows-faq` runs only the FAQs named.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const LEARN = 'https://learn.microsoft.com/azure/aks/';
const all = ['upgrade-aks-faq', 'windows-faq', 'agentic-cli-for-aks-faq'];
const named = process.argv.slice(2);
const faqs = named.length > 0 ? all.filter((name) => named.includes(name)) : all;
const work = mkdtempSync(join(tmpdir(), 'other-faqs-'));

/** Runs a command to its end in this terminal; false when it failed. */
const succeeds = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

const failed: string[] = [];
const built: string[] = [];
for (const name of faqs) {
  const content = join(work, name, 'content');
  const out = join(work, name, 'dist');
  const yaml = resolve('tests/fixtures/upstream/other-faqs', `${name}.yml`);
  console.log(`\n=== ${name}: npm run import, then npm run build, in ${join(work, name)}\n`);
  const ok =
    succeeds('npm', ['run', '--silent', 'import', '--', yaml, '--source', `${LEARN}${name}`, '--content', content]) &&
    succeeds('npm', ['run', '--silent', 'build', '--', '--outDir', out], { FAQ_CONTENT_DIR: content });
  if (ok) built.push(out);
  else failed.push(`${name} (import or build)`);
}
if (built.length > 0) {
  console.log(`\n=== the pages layer on ${built.length === 1 ? 'its build' : `the ${built.length} builds`}\n`);
  if (!succeeds('npx', ['playwright', 'test', '--project=pages'], { PAGES_DIST: built.join(',') }))
    failed.push('the pages layer (above)');
}
const passed = faqs.length === 1 ? `${faqs[0]} builds and passes` : `All ${faqs.length} imported FAQs build and pass`;
if (failed.length === 0) {
  rmSync(work, { recursive: true, force: true });
  console.log(`\n${passed} the pages layer.`);
} else console.log(`\nFailed: ${failed.join(', ')}. The folders are left in ${work}.`);
process.exit(failed.length === 0 ? 0 : 1);
