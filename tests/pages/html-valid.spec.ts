import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { builtSiteFolders } from '../support/built-sites.ts';

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

test('every HTML file of the build passes the Nu Html Checker with no errors', () => {
  // One run of the checker over every build folder: Java starts once, then reads every page.
  test.setTimeout(120_000);
  let report = '';
  try {
    execFileSync(
      'java',
      [
        '-jar',
        'node_modules/vnu-jar/build/dist/vnu.jar',
        '--skip-non-html',
        '--errors-only',
        '--format',
        'json',
        ...builtSiteFolders,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    // vnu exits non-zero when it finds errors and writes its JSON report to stderr.
    report = (error as { stderr: string }).stderr;
  }
  const messages = report ? (JSON.parse(report) as { messages: VnuMessage[] }).messages : [];
  const cwd = `file:${resolve('.')}/`;
  const errors = messages.map((m) => `${m.url.replace(cwd, '')}:${m.lastLine ?? '?'} ${m.message}`);
  expect(errors).toEqual([]);
});
