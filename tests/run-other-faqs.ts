// npm run test:other-faqs: the import on Learn FAQs it was not written against. Each of the three AKS FAQs in
// tests/fixtures/upstream/other-faqs/ is imported into the content/ of a copy of this checkout, which then
// builds it and runs the pages layer on every page of it (axe, vnu, links, widths, headers): `npm test --
// pages` in the copy. Like npm run test:fork, it runs apart from npm test (it builds three more sites).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkoutWithoutContent } from './support/checkout-copy.ts';

const LEARN = 'https://learn.microsoft.com/azure/aks/';
const all = ['upgrade-aks-faq', 'windows-faq', 'agentic-cli-for-aks-faq'];
// `npm run test:other-faqs -- windows-faq` runs only the FAQs named.
const named = process.argv.slice(2);
const faqs = named.length > 0 ? all.filter((name) => named.includes(name)) : all;

const failed: string[] = [];
for (const name of faqs) {
  const copy = checkoutWithoutContent(`faq-${name}-`);
  const yaml = resolve('tests/fixtures/upstream/other-faqs', `${name}.yml`);
  console.log(`\n=== ${name}: npm run import, then npm test -- pages, in ${copy}\n`);
  const steps: [string, string[]][] = [
    [
      'npm',
      ['run', '--silent', 'import', '--', yaml, '--source', `${LEARN}${name}`, '--content', join(copy, 'content')],
    ],
    ['npm', ['test', '--', 'pages']],
  ];
  const env = { ...process.env };
  delete env.FAQ_CONTENT_DIR;
  const status = steps.reduce<number | null>(
    (previous, [command, args]) =>
      previous === 0 ? spawnSync(command, args, { cwd: copy, env, stdio: 'inherit' }).status : previous,
    0,
  );
  if (status === 0) rmSync(copy, { recursive: true, force: true });
  else failed.push(`${name} (left in ${copy})`);
}
const passed = faqs.length === 1 ? `${faqs[0]} builds and passes` : `All ${faqs.length} imported FAQs build and pass`;
console.log(failed.length === 0 ? `\n${passed} the pages layer.` : `\nFailed: ${failed.join(', ')}.`);
process.exit(failed.length === 0 ? 0 : 1);
