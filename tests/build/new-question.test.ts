import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/gate/check-content.ts';
import { contentWith, runScript } from '../support/content-copy.ts';

describe('npm run new', () => {
  it('creates the question and lists it last in its section; the gate asks for its answer, and then accepts it', async () => {
    const dir = contentWith();
    const result = await runScript('new', dir, ['--section', 'beta', 'How do I rotate the cluster certificates?']);
    expect(result.code).toBe(0);
    expect(result.output).toContain('questions/rotate-cluster-certificates.mdx');
    const file = readFileSync(join(dir, 'questions/rotate-cluster-certificates.mdx'), 'utf8');
    expect(file).toMatch(
      /^---\nquestion: "How do I rotate the cluster certificates\?"\nupdated: \d{4}-\d{2}-\d{2}\n---\n/,
    );
    expect(readFileSync(join(dir, 'sections/beta.md'), 'utf8')).toContain(
      '  - system-pools\n  - rotate-cluster-certificates\n',
    );
    expect(checkContent(dir).problems.map(({ file, message }) => ({ file, message }))).toEqual([
      {
        file: join(dir, 'questions/rotate-cluster-certificates.mdx'),
        message: 'The answer is still the placeholder npm run new wrote.',
      },
    ]);
    writeFileSync(
      join(dir, 'questions/rotate-cluster-certificates.mdx'),
      file.replace('Write the answer here.', 'Run az aks rotate-certs.'),
    );
    const { problems, questions } = checkContent(dir);
    expect(problems).toEqual([]);
    expect(questions.map((question) => question.id)).toContain('rotate-cluster-certificates');
  });

  it('takes a longer id when the short one is taken', async () => {
    const dir = contentWith({ 'questions/rotate-cluster-certificates.md': '---\nquestion: "Old"\n---\n\nOld.\n' });
    const result = await runScript('new', dir, [
      '--section',
      'beta',
      'How do I rotate the cluster certificates quickly?',
    ]);
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'questions/rotate-cluster-certificates-quickly.mdx'))).toBe(true);
  });

  it('keeps the line endings and byte-order mark of the section file it edits', async () => {
    const beta =
      '\uFEFF---\r\ntitle: "Beta"\r\norder: 2 # after alpha\r\nsummary: "Moved."\r\nquestions:\r\n  - moved\r\n---\r\n\r\nIntro.\r\n';
    const dir = contentWith({ 'sections/beta.md': beta });
    expect((await runScript('new', dir, ['--section', 'beta', 'How do I rotate the cluster certificates?'])).code).toBe(
      0,
    );
    expect(readFileSync(join(dir, 'sections/beta.md'), 'utf8')).toBe(
      beta.replace('  - moved\r\n', '  - moved\r\n  - rotate-cluster-certificates\r\n'),
    );
  });

  const betaWith = (questions: string) =>
    '---\ntitle: "Beta"\norder: 2    # after alpha\n' +
    `summary: "${'Resizing disks and pools, and what each of them costs. '.repeat(2).trim()}"\n${questions}---\n`;
  it.each([
    [
      'a block list',
      'questions:\n  - moved   # first\n  - node-pool-upgrades\n  - system-pools\n',
      'questions:\n  - moved   # first\n  - node-pool-upgrades\n  - system-pools\n  - rotate-cluster-certificates\n',
    ],
    [
      'a list in brackets',
      'questions: [moved, node-pool-upgrades, system-pools]  # in order\n',
      'questions: [moved, node-pool-upgrades, system-pools, rotate-cluster-certificates]  # in order\n',
    ],
  ])('adds the id to %s and leaves every other line of the section as written', async (_, before, after) => {
    const dir = contentWith({ 'sections/beta.md': betaWith(before) });
    const result = await runScript('new', dir, ['--section', 'beta', 'How do I rotate the cluster certificates?']);
    expect(result.code, result.output).toBe(0);
    expect(readFileSync(join(dir, 'sections/beta.md'), 'utf8')).toBe(betaWith(after));
  });

  it('refuses an unknown section, naming the sections', async () => {
    const result = await runScript('new', contentWith(), ['--section', 'alpah', 'Anything?']);
    expect(result.code).toBe(1);
    expect(result.output).toContain('There is no section "alpah". Did you mean "alpha"?');
    expect(result.output).toContain('Use one of: alpha, beta, gamma.');
  });

  it.each([
    ['**Bold** question?', 'The question text has Markdown that a question cannot show: **Bold**.'],
    ['“Smart quoted question?”', 'The question text is wrapped in curly quotes (“…”)'],
  ])('refuses %s with the words npm run check would give, writing nothing', async (text, message) => {
    const dir = contentWith();
    const section = readFileSync(join(dir, 'sections/beta.md'), 'utf8');
    const result = await runScript('new', dir, ['--section', 'beta', text]);
    expect(result.code).toBe(1);
    expect(result.output).toContain(message);
    expect(readFileSync(join(dir, 'sections/beta.md'), 'utf8')).toBe(section);
  });

  it('refuses an id that is taken, even one only in the registry', async () => {
    const result = await runScript('new', contentWith(), ['--section', 'alpha', '--id', 'gone', 'Anything?']);
    expect(result.code).toBe(1);
    expect(result.output).toContain('The id "gone" is taken');
  });

  it('refuses an --id that is not one, showing a character that does not show', async () => {
    const result = await runScript('new', contentWith(), ['--section', 'alpha', '--id', 'fips\u00a0', 'Anything?']);
    expect(result.code).toBe(1);
    expect(result.output).toContain('"fips\\u00a0" is not an id');
  });

  it('refuses a broken published-ids.json with its line, not a stack trace', async () => {
    const result = await runScript('new', contentWith({ 'published-ids.json': '{ "published": [\n' }), [
      '--section',
      'alpha',
      'Anything?',
    ]);
    expect(result.code).toBe(1);
    expect(result.output).toContain('published-ids.json:2\n  The file is not valid JSON');
    expect(result.output).not.toMatch(/^\s+at |Node\.js v/m);
  });
});

describe('npm run ids:publish', () => {
  it('keeps the byte-order mark and line endings of the registry it adds to', async () => {
    const registry = readFileSync('tests/fixtures/site/published-ids.json', 'utf8');
    const windows = `\uFEFF${registry.replace('"reworded", ', '').replaceAll('\n', '\r\n')}`;
    const dir = contentWith({ 'published-ids.json': windows });
    const result = await runScript('ids:publish', dir);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('reworded');
    const written = readFileSync(join(dir, 'published-ids.json'), 'utf8');
    expect(written.startsWith('\uFEFF')).toBe(true);
    expect(written.replaceAll('\r\n', '')).not.toContain('\n');
    // Appended: the order tells which of a question's names went live first.
    expect(JSON.parse(written.slice(1)).published.at(-1)).toBe('reworded');
  });

  it("records the sections' ids as published too, so that their addresses are kept", async () => {
    const registry = readFileSync('tests/fixtures/site/published-ids.json', 'utf8');
    const dir = contentWith({ 'published-ids.json': registry.replace('"gamma", ', '') });
    const result = await runScript('ids:publish', dir);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('Published 1 new id (gamma)');
    const { sections } = JSON.parse(readFileSync(join(dir, 'published-ids.json'), 'utf8'));
    expect(sections).toEqual(['alpha', 'beta', 'freezing', 'pools', 'gamma']);
  });

  it('publishes nothing while the content has a problem: a misspelt id would be promised forever', async () => {
    const dir = contentWith({ 'sections/beta.md': null });
    const before = readFileSync(join(dir, 'published-ids.json'), 'utf8');
    const result = await runScript('ids:publish', dir);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/The content has \d+ problems?:/);
    expect(readFileSync(join(dir, 'published-ids.json'), 'utf8')).toBe(before);
  });
});

describe('--content', () => {
  it('points every command that has a content folder at it, over FAQ_CONTENT_DIR', async () => {
    // The variable names one folder, the option another: the option wins, for each command.
    const [variable, option] = [contentWith(), contentWith()];
    const published = () => readFileSync(join(variable, 'published-ids.json'), 'utf8');
    const before = published();
    const made = await runScript('new', variable, ['--content', option, '--section', 'beta', 'Can I pin a version?']);
    expect(made.code).toBe(0);
    expect(existsSync(join(option, 'questions/pin-version.mdx'))).toBe(true);
    expect(existsSync(join(variable, 'questions/pin-version.mdx'))).toBe(false);
    const checked = await runScript('check', variable, [`--content=${option}`, '--content-only']);
    expect(checked.output).toContain('questions/pin-version.mdx');
    expect(checked.output).toContain(`sections of ${option}/`);
    writeFileSync(
      join(option, 'questions/pin-version.mdx'),
      readFileSync(join(option, 'questions/pin-version.mdx'), 'utf8').replace('Write the answer here.', 'Yes.'),
    );
    expect((await runScript('ids:publish', variable, ['--content', option])).code).toBe(0);
    expect(readFileSync(join(option, 'published-ids.json'), 'utf8')).toContain('"pin-version"');
    expect(published()).toBe(before);
  });
});
