import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/content-copy.ts';

// npm run import and npm run sync as a maintainer runs them, on the AKS FAQ's real upstream versions.
const version = (n: string) =>
  `tests/fixtures/upstream/aks-faq/${
    {
      '01': '01-2025-02-26-fe95e4fbc.yml',
      '02': '02-2025-04-29-b690e5e47.yml',
    }[n]
  }`;

/** A folder imported from the first version, with one answer edited here. */
async function editedImport(id: string, edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'faq-upstream-'));
  const imported = await runScript('import', dir, [
    version('01'),
    '--source',
    'https://learn.microsoft.com/azure/aks/faq',
  ]);
  expect(imported.code, imported.output).toBe(0);
  expect(imported.output).toContain('Imported 47 questions in 7 sections');
  const file = join(dir, 'questions', `${id}.md`);
  const ours = edit(readFileSync(file, 'utf8'));
  writeFileSync(file, ours);
  return { dir, file, ours };
}

describe('npm run sync', () => {
  it('keeps an answer edited here that upstream also changed, prints both texts and exits 1', async () => {
    const { dir, file, ours } = await editedImport('aks-offer-service', (text) =>
      text.replace('AKS provides SLA guarantees', 'AKS guarantees its uptime'),
    );
    const result = await runScript('sync', dir, [version('02')]);
    expect(result.code, result.output).toBe(1);
    expect(result.output).toContain('Conflicts (1): changed upstream and here since the last sync.');
    expect(result.output).toContain(
      'aks-offer-service (tests/fixtures/upstream/aks-faq/02-2025-04-29-b690e5e47.yml:17)',
    );
    expect(result.output).toContain('here:\n        AKS guarantees its uptime in the [Standard pricing tier');
    expect(result.output).toContain(
      'upstream:\n        AKS provides service-level agreement (SLA) guarantees in the [Standard pricing tier',
    );
    expect(readFileSync(file, 'utf8')).toBe(ours);
    expect(readFileSync(join(dir, 'questions/platform-support-include.md'), 'utf8')).toContain('updated: 2025-04-29');
  });

  it('updates what upstream changed and keeps an answer edited here that upstream did not, exiting 0', async () => {
    const { dir, file, ours } = await editedImport('scale-aks-cluster', (text) => `${text}\nEdited here.\n`);
    const result = await runScript('sync', dir, [version('02')]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('Edited here, unchanged upstream: kept (1): scale-aks-cluster');
    expect(readFileSync(file, 'utf8')).toBe(ours);
    expect(readFileSync(join(dir, 'questions/aks-offer-service.md'), 'utf8')).toContain(
      'AKS provides service-level agreement (SLA) guarantees',
    );
  });
});
