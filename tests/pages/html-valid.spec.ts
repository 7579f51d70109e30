import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

it('every HTML file in dist/ passes the Nu Html Checker with no errors', () => {
  let report = '';
  try {
    execFileSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--skip-non-html', '--errors-only', '--format', 'json', 'dist'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // vnu exits non-zero when it finds errors and writes its JSON report to stderr.
    report = (error as { stderr: string }).stderr;
  }
  const messages = report ? (JSON.parse(report) as { messages: VnuMessage[] }).messages : [];
  const errors = messages.map((m) => `${m.url.replace(/^.*\/dist\//, 'dist/')}:${m.lastLine ?? '?'} ${m.message}`);
  expect(errors).toEqual([]);
});
