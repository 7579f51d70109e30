// npm run test:fork: what a fork sees. Copies this checkout without its content/, puts a generated FAQ of 200
// questions there instead (bench/generate.ts), commits it as a fork would, and runs in the copy the layers that
// depend on the content: the build of content/, every page of it (pages), and the AKS layer, which must skip its
// tests and say why. The other layers run on fixture content, the same in a fork: npm test has run them.
import { spawn, spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkoutWithoutContent } from './support/checkout-copy.ts';

const COUNT = 200;
const fork = checkoutWithoutContent('faq-fork-');
const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd: fork, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${fork}:\n${result.stdout}${result.stderr}`);
};

run('npx', ['node', 'bench/generate.ts', '--count', String(COUNT), '--format', 'mdx']);
renameSync(join(fork, `bench/corpora/${COUNT}-mdx`), join(fork, 'content'));
run('git', ['init', '-q']);
run('git', ['add', '-A']);
run('git', [
  '-c',
  'user.name=Fork',
  '-c',
  'user.email=fork@example.org',
  'commit',
  '-q',
  '-m',
  'A fork with its own FAQ',
]);
console.log(`A fork with ${COUNT} generated questions in content/ is ready in ${fork}; testing it there.\n`);

const env = { ...process.env };
delete env.FAQ_CONTENT_DIR;
const test = spawn('npm', ['test', '--', 'pages', 'aks'], { cwd: fork, env, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
for (const stream of [test.stdout, test.stderr]) {
  stream.on('data', (chunk: Buffer) => {
    output += chunk;
    (stream === test.stdout ? process.stdout : process.stderr).write(chunk);
  });
}
const status = await new Promise<number | null>((done) => test.on('close', done));

const problems = [
  ...(status === 0 ? [] : [`npm test -- pages aks exited with ${status}`]),
  ...(/Skipped \d+ test\(s\): tests\/aks\/ checks the AKS FAQ's own questions/.test(output)
    ? []
    : ['the AKS layer did not skip its tests with its reason']),
  ...(/\[pages\] .*\/all\/ loads under its headers/.test(output)
    ? []
    : ['the pages layer did not check the fork’s pages']),
];
if (problems.length > 0) {
  console.error(`\nThe fork check failed: ${problems.join('; ')}. The fork is left in ${fork}.`);
  process.exit(1);
}
rmSync(fork, { recursive: true, force: true });
console.log(
  `\nThe fork check passed: a FAQ of ${COUNT} generated questions builds and passes every check of its pages, ` +
    "and the AKS FAQ's own tests skip.",
);
