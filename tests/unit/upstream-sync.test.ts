import { mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readCollection } from '../../src/gate/check-content.ts';
import { ContentError } from '../../src/pipeline/problems.ts';
import { reportText } from '../../src/upstream/report-text.ts';
import { syncFolder } from '../../src/upstream/sync-folder-fs.ts';

type Faq = Record<string, [string, string][]>;

const SOURCE = 'https://learn.microsoft.com/azure/aks/faq';
const none = { keep: new Set<string>(), take: new Set<string>() };
const work = () => mkdtempSync(join(tmpdir(), 'faq-sync-'));

/** A Learn FAQ file of the given sections (name -> [question, answer] pairs), dated by its name. */
function learnFile(faq: Faq, date: string, dir = work()): string {
  const file = join(dir, `faq-${date}.yml`);
  const sections = Object.entries(faq).map(([name, questions]) => ({
    name,
    questions: questions.map(([question, answer]) => ({ question, answer })),
  }));
  writeFileSync(file, `### YamlMime:FAQ\n${stringify({ title: 'Test FAQ', summary: 'Questions.', sections })}`);
  return file;
}

const V1: Faq = {
  Support: [
    ['Does it offer an SLA?', 'Yes, in the [Standard tier](./pricing.md).'],
    ['Can I run Windows containers?', 'Yes, see the [Windows FAQ](./windows-faq.yml).'],
  ],
  Operations: [
    ['Can I move/migrate my cluster between tenants?', 'No, moving a cluster between tenants is unsupported.'],
    ['Can I scale my cluster to zero nodes?', 'You can stop the cluster or scale user node pools to zero.'],
  ],
};

/** A folder imported from V1, and how to sync it to a version and read its files back. */
function imported() {
  const dir = work();
  syncFolder(learnFile(V1, '2026-01-10'), dir, { source: SOURCE, resolutions: none });
  const sync = (faq: Faq, date: string, resolutions = none) => syncFolder(learnFile(faq, date), dir, { resolutions });
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  const questions = () => new Map(readCollection(dir, 'questions').files.map((f) => [f.id, f.data!]));
  const sections = () => new Map(readCollection(dir, 'sections').files.map((f) => [f.id, f.data!]));
  return { dir, sync, read, questions, sections };
}

it('imports a Learn FAQ with ids made as npm run new makes them, and dates it by the version', () => {
  const { questions, sections, read } = imported();
  expect([...sections()].map(([id, s]) => [id, s.title, s.questions])).toEqual([
    ['operations', 'Operations', ['movemigrate-cluster-between', 'scale-cluster-zero']],
    ['support', 'Support', ['offer-sla', 'run-windows-containers']],
  ]);
  expect(questions().get('offer-sla')).toMatchObject({ question: 'Does it offer an SLA?' });
  expect(read('questions/offer-sla.md')).toBe(
    '---\nquestion: "Does it offer an SLA?"\nupdated: 2026-01-10\n---\n\n' +
      'Yes, in the [Standard tier](https://learn.microsoft.com/azure/aks/pricing).\n',
  );
  expect(JSON.parse(read('site.json'))).toMatchObject({ title: 'Test FAQ', source: { url: SOURCE } });
});

describe('a sync', () => {
  it('keeps the id of a reworded question, its earlier wording kept, dated by the version that changed it', () => {
    const { sync, questions } = imported();
    const run = sync(
      {
        ...V1,
        Operations: [['Can I move or migrate my cluster between tenants?', V1.Operations![0]![1]], V1.Operations![1]!],
      },
      '2026-02-01',
    );
    expect(run.report.reworded.map((r) => r.id)).toEqual(['movemigrate-cluster-between']);
    expect(questions().get('movemigrate-cluster-between')).toMatchObject({
      question: 'Can I move or migrate my cluster between tenants?',
      formerly: ['Can I move/migrate my cluster between tenants?'],
      updated: new Date('2026-02-01T00:00:00Z'),
    });
    expect(questions().get('offer-sla')!.updated).toEqual(new Date('2026-01-10T00:00:00Z'));
  });

  it('keeps the wording upstream had in formerly when the site words the question its own way', () => {
    const { dir, sync, read, questions } = imported();
    const file = join(dir, 'questions/movemigrate-cluster-between.md');
    writeFileSync(file, read('questions/movemigrate-cluster-between.md').replace('Can I move/migrate', 'May I move'));
    const reworded: Faq = {
      ...V1,
      Operations: [['Can I move or migrate my cluster between tenants?', V1.Operations![0]![1]], V1.Operations![1]!],
    };
    const keep = { keep: new Set(['movemigrate-cluster-between']), take: new Set<string>() };
    expect(sync(reworded, '2026-02-01', keep).report.conflicts).toEqual([]);
    // upstream.json now holds the new wording; Learn's links to the one before keep landing by formerly.
    expect(questions().get('movemigrate-cluster-between')).toMatchObject({
      question: 'May I move my cluster between tenants?',
      formerly: ['Can I move/migrate my cluster between tenants?'],
    });
  });

  it('matches questions by text and answer, never by position: reordered, moved and reworded at once', () => {
    const { sync, questions, sections } = imported();
    const run = sync(
      {
        Support: [V1.Support![0]!],
        Operations: [
          ['Can I scale my AKS cluster down to zero nodes?', V1.Operations![1]![1]],
          V1.Support![1]!,
          V1.Operations![0]!,
        ],
      },
      '2026-02-01',
    );
    expect(run.report.moved).toEqual([{ id: 'run-windows-containers', from: 'support', to: 'operations' }]);
    expect(sections().get('operations')!.questions).toEqual([
      'scale-cluster-zero',
      'run-windows-containers',
      'movemigrate-cluster-between',
    ]);
    expect(questions().get('run-windows-containers')!.movedFrom).toEqual(['support']);
    expect(questions().get('scale-cluster-zero')!.formerly).toEqual(['Can I scale my cluster to zero nodes?']);
  });

  it('gives new questions and sections ids as npm run new does, never one published or retired', () => {
    const { dir, sync, sections, questions } = imported();
    writeFileSync(
      join(dir, 'published-ids.json'),
      JSON.stringify({ published: [], retired: { 'rotate-cluster-certificates': {} } }),
    );
    const run = sync(
      { ...V1, 'Retirements and deprecations': [['How do I rotate the cluster certificates?', 'With az aks.']] },
      '2026-02-01',
    );
    expect(run.report.sectionsAdded).toEqual([
      { id: 'retirements-deprecations', title: 'Retirements and deprecations' },
    ]);
    expect(sections().get('retirements-deprecations')).toMatchObject({
      order: 3,
      questions: ['rotate-cluster-certificates-2'],
    });
    expect(questions().get('rotate-cluster-certificates-2')!.updated).toEqual(new Date('2026-02-01T00:00:00Z'));
  });

  it('keeps the id of a renamed section and takes its new name, unless the site renamed it too', () => {
    const { sync, sections } = imported();
    sync({ Support: V1.Support!, 'Day-2 operations': V1.Operations! }, '2026-02-01');
    expect(sections().get('operations')!.title).toBe('Day-2 operations');
  });

  it('records the names a section had upstream, whose Learn-style anchors keep landing on it', () => {
    const { sync, read } = imported();
    const named = () => JSON.parse(read('upstream.json')).sections.operations;
    sync({ Support: V1.Support!, 'Day-2 operations': V1.Operations! }, '2026-02-01');
    expect(named()).toEqual({ name: 'Day-2 operations', formerly: ['Operations'] });
    sync({ Support: V1.Support!, 'Cluster operations': V1.Operations! }, '2026-03-01');
    expect(named()).toEqual({ name: 'Cluster operations', formerly: ['Operations', 'Day-2 operations'] });
    sync({ Support: V1.Support!, Operations: V1.Operations! }, '2026-04-01');
    expect(named()).toEqual({ name: 'Operations', formerly: ['Day-2 operations', 'Cluster operations'] });
  });

  it('retires a question removed upstream: its file goes, its id, aliases and text land on the removal page', () => {
    const { dir, sync, read } = imported();
    const file = join(dir, 'questions/run-windows-containers.md');
    writeFileSync(file, read('questions/run-windows-containers.md').replace('---\n\n', 'aliases: [windows]\n---\n\n'));
    const run = sync({ ...V1, Support: [V1.Support![0]!] }, '2026-03-01');
    expect(run.report.retired).toEqual([{ id: 'run-windows-containers', text: 'Can I run Windows containers?' }]);
    expect(readdirSync(join(dir, 'questions'))).not.toContain('run-windows-containers.md');
    const removal = {
      section: 'support',
      note: 'Test FAQ removed this question on 2026-03-01.',
      question: 'Can I run Windows containers?',
    };
    expect(JSON.parse(read('published-ids.json')).retired).toEqual({
      'run-windows-containers': removal,
      windows: removal,
    });
  });
});

it('removes a section upstream removed with its questions, which are retired without it', () => {
  const { dir, sync, sections, read } = imported();
  const run = sync({ Operations: V1.Operations! }, '2026-03-01');
  expect(run.report).toMatchObject({ sectionsRemoved: ['support'] });
  expect([...sections().keys()]).toEqual(['operations']);
  expect(JSON.parse(read('published-ids.json')).retired['offer-sla']).toEqual({
    note: 'Test FAQ removed this question on 2026-03-01.',
    question: 'Does it offer an SLA?',
  });
  expect(readdirSync(join(dir, 'sections'))).toEqual(['operations.md']);
});

it('reports apart the questions moved out of a removed section never published, whose page is gone', () => {
  const { sync } = imported();
  const run = sync({ Operations: [...V1.Operations!, ...V1.Support!] }, '2026-03-01');
  expect(reportText(run.report, 'faq.yml')).toContain(
    [
      '  Moved out of a removed, unpublished section (/<old>/#<id> lands only by the not-found page, with JavaScript) (2):',
      '    offer-sla: support -> operations',
      '    run-windows-containers: support -> operations',
    ].join('\n'),
  );
});

describe('a published section left empty', () => {
  const credit = { section: 'support', note: 'Credits are in the SLA now.' };

  /** The imported folder with its sections' addresses published, and a question retired from "support" before. */
  function published() {
    const folder = imported();
    writeFileSync(
      join(folder.dir, 'published-ids.json'),
      JSON.stringify({
        published: ['old-sla-credit'],
        sections: ['operations', 'support'],
        retired: { 'old-sla-credit': credit },
      }),
    );
    return folder;
  }

  it('is retired, its address and the ids retired from it sending readers to the section that took most of its questions', () => {
    const { sync, read } = published();
    const [sla, windows] = V1.Support!;
    const run = sync({ Operations: [...V1.Operations!, sla!, windows!] }, '2026-03-01');
    expect(run.report.sectionsRetired).toEqual([{ id: 'support', to: 'operations' }]);
    expect(JSON.parse(read('published-ids.json')).retired).toEqual({
      'old-sla-credit': { ...credit, section: 'operations' },
      support: { section: 'operations', note: 'Test FAQ removed this section on 2026-03-01.', titles: ['Support'] },
    });
  });

  it('gives the questions that left it no movedFrom, and reports their old links as landing through its redirect', () => {
    const { sync, questions } = published();
    const [sla, windows] = V1.Support!;
    const run = sync({ Operations: [...V1.Operations!, sla!, windows!] }, '2026-03-01');
    expect(questions().get('offer-sla')!.movedFrom).toEqual([]);
    expect(reportText(run.report, 'faq.yml')).toContain(
      [
        '  Moved out of a retired section, whose redirect sends /<old>/#<id> on (the #fragment kept with JavaScript) (2):',
        '    offer-sla: support -> operations',
        '    run-windows-containers: support -> operations',
      ].join('\n'),
    );
    expect(reportText(run.report, 'faq.yml')).not.toContain('their old section keeping their anchors');
  });

  it('keeps every title it had, here and upstream, whose Learn-style anchors land where its address does', () => {
    const { sync, read } = published();
    sync({ 'Help and support': V1.Support!, Operations: V1.Operations! }, '2026-02-01');
    sync({ Operations: V1.Operations! }, '2026-03-01');
    expect(JSON.parse(read('published-ids.json')).retired['support'].titles).toEqual(['Help and support', 'Support']);
  });

  it('leaves the order of the published ids, which says which of a question’s names went live first', () => {
    const { dir, sync, read } = published();
    const registry = JSON.parse(read('published-ids.json'));
    writeFileSync(
      join(dir, 'published-ids.json'),
      JSON.stringify({ ...registry, published: ['run-windows-containers', 'offer-sla', 'old-sla-credit'] }),
    );
    sync({ Operations: V1.Operations! }, '2026-03-01');
    expect(JSON.parse(read('published-ids.json')).published).toEqual([
      'run-windows-containers',
      'offer-sla',
      'old-sla-credit',
    ]);
  });

  it('is retired without a section to send readers to when its questions went with it', () => {
    const { sync, read } = published();
    const run = sync({ Operations: V1.Operations! }, '2026-03-01');
    expect(run.report.sectionsRetired).toEqual([{ id: 'support', to: undefined }]);
    const { retired } = JSON.parse(read('published-ids.json'));
    expect([retired['support'], retired['old-sla-credit']]).toEqual([
      { note: 'Test FAQ removed this section on 2026-03-01.', titles: ['Support'] },
      { note: credit.note },
    ]);
  });
});

describe('three-way decisions on answers', () => {
  const edited = {
    ...V1,
    Support: [['Does it offer an SLA?', 'Yes, with the Uptime SLA.'], V1.Support![1]!] as [string, string][],
  };

  it('update an answer the site left as synced, and keep the site’s edit of another', () => {
    const { dir, sync, read } = imported();
    const ours = read('questions/run-windows-containers.md').replace('Yes, see', 'Yes: see');
    writeFileSync(join(dir, 'questions/run-windows-containers.md'), ours);
    const run = sync(edited, '2026-02-01');
    expect(run.report).toMatchObject({
      answersUpdated: ['offer-sla'],
      keptLocal: ['run-windows-containers'],
      conflicts: [],
    });
    expect(read('questions/offer-sla.md')).toContain('\n\nYes, with the Uptime SLA.\n');
    expect(read('questions/run-windows-containers.md')).toBe(ours);
  });

  it('keep the fields only the site has, such as alsoAsked, in a question whose answer it updates', () => {
    const { dir, sync, read, questions } = imported();
    const ours = read('questions/offer-sla.md').replace('---\n\n', 'alsoAsked:\n  - "uptime guarantee"\n---\n\n');
    writeFileSync(join(dir, 'questions/offer-sla.md'), ours);
    expect(sync(edited, '2026-02-01').report.answersUpdated).toEqual(['offer-sla']);
    expect(read('questions/offer-sla.md')).toContain('\n\nYes, with the Uptime SLA.\n');
    expect(questions().get('offer-sla')!.alsoAsked).toEqual(['uptime guarantee']);
  });

  it('follow a question renamed here, its old id among its aliases, as the same question', () => {
    const { dir, sync, read } = imported();
    renameSync(join(dir, 'questions/offer-sla.md'), join(dir, 'questions/uptime-sla.md'));
    writeFileSync(
      join(dir, 'questions/uptime-sla.md'),
      read('questions/uptime-sla.md').replace('---\n\n', 'aliases: [offer-sla]\n---\n\n'),
    );
    writeFileSync(join(dir, 'sections/support.md'), read('sections/support.md').replace('offer-sla', 'uptime-sla'));
    const run = sync(edited, '2026-02-01');
    expect(run.report).toMatchObject({ answersUpdated: ['uptime-sla'], added: [], notices: [] });
    expect(read('questions/uptime-sla.md')).toContain('\n\nYes, with the Uptime SLA.\n');
    expect(Object.keys(JSON.parse(read('upstream.json')).questions)).toContain('uptime-sla');
  });

  it('keep the site’s text where both changed, report it with both texts until --keep or --take settles it', () => {
    const { dir, sync, read } = imported();
    const ours = read('questions/offer-sla.md').replace('Yes, in', 'Yes: in');
    writeFileSync(join(dir, 'questions/offer-sla.md'), ours);
    for (let run = 0; run < 2; run++) {
      expect(sync(edited, '2026-02-01').report.conflicts).toEqual([
        {
          id: 'offer-sla',
          part: 'answer',
          local: 'Yes: in the [Standard tier](https://learn.microsoft.com/azure/aks/pricing).',
          upstream: 'Yes, with the Uptime SLA.',
          line: 7,
        },
      ]);
      expect(read('questions/offer-sla.md')).toBe(ours);
    }
    expect(sync(edited, '2026-02-01', { keep: new Set(['offer-sla']), take: new Set() }).report.conflicts).toEqual([]);
    expect(sync(edited, '2026-02-02').report).toMatchObject({ conflicts: [], keptLocal: ['offer-sla'] });
    // Settled, the site's text stays, dated by the version whose change it settled.
    expect(read('questions/offer-sla.md')).toBe(ours.replace('updated: 2026-01-10', 'updated: 2026-02-01'));
    sync(edited, '2026-02-03', { keep: new Set(), take: new Set(['offer-sla']) });
    expect(read('questions/offer-sla.md')).toContain('\n\nYes, with the Uptime SLA.\n');
  });

  it('match questions written by hand by text and answer, keeping their ids and the site’s edits', () => {
    const { dir } = imported();
    const file = join(dir, 'questions/offer-sla.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Yes, in', 'Yes: in'));
    writeFileSync(join(dir, 'upstream.json'), '{}\n');
    const run = syncFolder(learnFile(V1, '2026-01-10'), dir, { resolutions: none });
    expect(run.report).toMatchObject({ added: [], keptLocal: ['offer-sla'] });
    expect(run.report.adopted).toHaveLength(4);
  });
});

describe('all or nothing', () => {
  /** Every file of a folder with its text. */
  const snapshot = (dir: string) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.includes('.'))
      .map((path) => [path, readFileSync(join(dir, path), 'utf8')]);

  const refused = (text: string, line: number, message: string) => {
    const { dir } = imported();
    const before = snapshot(dir);
    const file = join(work(), 'faq-2026-02-01.yml');
    writeFileSync(file, text);
    let error: unknown;
    try {
      syncFolder(file, dir, { resolutions: none });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toMatchObject([{ file, line, message: expect.stringContaining(message) }]);
    expect(snapshot(dir)).toEqual(before);
  };

  it('refuses a version older than the one last synced, which would date questions back', () => {
    const { dir } = imported();
    const before = snapshot(dir);
    const older = learnFile(V1, '2025-12-01');
    expect(() => syncFolder(older, dir, { resolutions: none })).toThrow(
      /before the last sync's version \(2026-01-10\)/,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses YAML that does not parse, naming its line', () =>
    refused('### YamlMime:FAQ\ntitle: x\nsections:\n  - name: [Support\n', 5, 'The file is not valid YAML'));

  it('refuses a file that is not a Learn FAQ', () =>
    refused('title: x\nsections: []\n', 1, 'not a Microsoft Learn FAQ'));

  it('refuses a FAQ without questions where it needs them', () =>
    refused(
      '### YamlMime:FAQ\ntitle: x\nsections:\n  - name: Support\n    questions: []\n',
      5,
      'at least one question',
    ));

  it('refuses two questions with the same text, naming the second', () =>
    refused(
      readFileSync(
        learnFile(
          {
            Support: [
              ['Same?', 'One.'],
              ['Same?', 'Two.'],
            ],
          },
          '2026-02-01',
        ),
        'utf8',
      ),
      9,
      'is asked twice: on line 7 and here',
    ));

  it('refuses an answer the content rules refuse, at its line in the upstream file', () =>
    refused(
      readFileSync(
        learnFile({ Support: [['Is http fine?', 'See [this](http://example.org).']] }, '2026-02-01'),
        'utf8',
      ),
      8,
      'http://example.org',
    ));
});

it('writes a file back with the byte-order mark and line endings it had', () => {
  const { dir, sync, read } = imported();
  const windows = `\uFEFF${read('questions/offer-sla.md').replaceAll('\n', '\r\n')}`;
  writeFileSync(join(dir, 'questions/offer-sla.md'), windows);
  sync({ ...V1, Support: [['Does it offer an SLA?', 'Yes, with the Uptime SLA.'], V1.Support![1]!] }, '2026-02-01');
  const synced = read('questions/offer-sla.md');
  expect(synced.startsWith('\uFEFF---\r\nquestion: "Does it offer an SLA?"\r\nupdated: 2026-02-01\r\n')).toBe(true);
  expect(synced.replaceAll('\r\n', '')).not.toContain('\n');
});
