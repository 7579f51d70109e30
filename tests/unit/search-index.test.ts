import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/faq/get-faq.ts';
import { decodeLexicon, encodeLexicon } from '../../src/search/lexicon.ts';
import { blockAt, blockFor, blockSizes, decodeLayout, padding } from '../../src/search/pagefind/section-layout.ts';
import {
  askedLengths,
  askedSpans,
  positionWords,
  questionBlock,
  sectionRecord,
  spansOf,
} from '../../src/search/pagefind/section-records.ts';
import { bodyFacts } from '../../src/pipeline/body-facts.ts';
import { parseSyntaxTree } from '../../src/pipeline/syntax-tree.ts';
import { searchRecords } from '../../src/search/index/faq-records.ts';
import { maxLexiconWords, siteLexicon } from '../../src/search/index/site-lexicon.ts';
import { phrasesApart } from '../../src/search/index/phrases-apart.ts';
import { textWords } from '../../src/text/words.ts';

/** An answer's facts as the content pipeline reads them from its file. */
const factsOf = (file: string, body: string) =>
  bodyFacts(parseSyntaxTree(file, `---\nquestion: "Q?"\n---\n\n${body}`).root);

/** A section of the FAQ model as src/faq/get-faq.ts gives it, with only what the records read. */
function section(
  id: string,
  title: string,
  questions: { id: string; text: string; body: string; file: string; alsoAsked?: string[] }[],
): Section {
  const model = { id, title, upstreamNames: undefined };
  return {
    ...model,
    summary: '',
    departed: [],
    entry: {} as Section['entry'],
    questions: questions.map((q) => {
      const facts = factsOf(q.file, q.body);
      return {
        id: q.id,
        text: q.text,
        html: q.text,
        answerText: facts.plainText,
        aliases: [],
        firstId: q.id,
        formerly: [],
        upstreamText: undefined,
        movedFrom: [],
        alsoAsked: q.alsoAsked ?? [],
        anchors: [],
        section: model,
        entry: { body: q.body, filePath: q.file } as Section['questions'][number]['entry'],
      };
    }),
  };
}

const faq = [
  section('add-ons', 'Add-ons & more', [
    {
      id: 'key-vault',
      text: 'Is Azure Key Vault <integrated>?',
      body: 'Yes, through the [CSI driver](https://example.org) across **availability zones**.\n\n```yaml\nkind: SecretProviderClass\n```\n',
      file: 'content/questions/key-vault.md',
      alsoAsked: ['mount secrets in pods', 'SecretProviderClass example'],
    },
    {
      id: 'tags',
      text: 'Can I change tags?',
      body: 'Only your own tags.\n\n<Note>\nThe `aks-managed` tags break the SLO when changed.\n</Note>\n',
      file: 'content/questions/tags.mdx',
    },
  ]),
];

describe('search records', () => {
  it('are built from the FAQ model: one per question, with its anchor, section and the answer as text', () => {
    const [keyVault, tags, ...rest] = searchRecords(faq, 'en');
    expect(rest).toEqual([]);
    expect(keyVault).toEqual({
      id: 'key-vault',
      url: '/add-ons/#key-vault',
      language: 'en',
      question: 'Is Azure Key Vault <integrated>?',
      answer: 'Yes, through the CSI driver across availability zones. kind: SecretProviderClass',
      alsoAsked: ['mount secrets in pods', 'SecretProviderClass example'],
      sectionId: 'add-ons',
      sectionTitle: 'Add-ons & more',
    });
    expect(tags!.answer).toBe('Only your own tags. The aks-managed tags break the SLO when changed.');
  });

  it('read MDX as a tree: components keep their text, imports and expressions are not text, images give their alt text', () => {
    const text = factsOf(
      'a.mdx',
      "import X from './x.ts';\n\nBefore {1 + 1} after.\n\n<Note>\nInside *the* note.\n</Note>\n",
    ).plainText;
    expect(text).toBe('Before after. Inside the note.');
    expect(factsOf('a.md', '- one\n- two\n\n![A diagram of zones](zones.png)').plainText).toBe(
      'one two A diagram of zones',
    );
  });

  it('go to Pagefind one record per section: its title, then each question in a block, padded so the layout finds it again', () => {
    const records = searchRecords(faq, 'en');
    const spans = spansOf(records);
    expect(spans).toEqual({ headerSpan: 3, titleSpan: 5, questionWords: 4.5 });
    const { record, classes } = sectionRecord(records, spans);
    expect(record).toMatchObject({ url: '/add-ons/', language: 'en', filters: { section: ['add-ons'] } });
    const words = record.content.split(' ');
    const layout = decodeLayout({ questionFolder: 'x', ...spans, sections: [['en_1', classes]] });
    const blocks = layout.sections.get('en_1')!;
    expect(words.slice(0, 3)).toEqual(['Add-ons', '&', 'more']);
    expect(blocks.map((block) => block.index)).toEqual([0, 1]);
    expect(blocks.at(-1)!.start + blocks.at(-1)!.length, 'the blocks end where the record ends').toBe(words.length);
    // Every word of a question and its answer is found in that question's block, the question's own words first.
    records.forEach((question, index) => {
      const block = blocks[index]!;
      const own = words.slice(block.start, block.start + block.length).filter((word) => word !== padding);
      expect(own).toEqual(positionWords([question.question, question.answer, ...question.alsoAsked].join(' ')));
      expect(words[block.start + spans.titleSpan], 'the answer starts after the title span').toBe(
        positionWords(question.answer)[0],
      );
      expect(blockAt(blocks, block.start + block.length - 1)).toBe(block);
    });
    // The other ways of asking come after the answer, each after a padding, so that no phrase runs into the next.
    const first = blocks[0]!;
    const answerEnd = first.start + spans.titleSpan + positionWords(records[0]!.answer).length;
    expect(words.slice(answerEnd, answerEnd + 8).join(' ')).toBe(
      `${padding} mount secrets in pods ${padding} SecretProviderClass example`,
    );
    // The client finds them where the block put them, from their lengths alone.
    expect(
      askedSpans(answerEnd, askedLengths(records[0]!)).map(({ start, length }) =>
        words.slice(start, start + length).join(' '),
      ),
    ).toEqual(records[0]!.alsoAsked);
    expect(blockAt(blocks, 0), 'the section title is no question').toBeUndefined();
    expect(blockAt(blocks, words.length)).toBeUndefined();
  });

  it('pad a block by at most an eighth of its length and refuse an answer too long to hold', () => {
    for (const length of [1, 7, 40, 300, 2500]) {
      const { size } = blockFor(length)!;
      expect(size).toBeGreaterThanOrEqual(length);
      expect(size - length).toBeLessThanOrEqual(Math.max(1, length / 8));
    }
    const long = { ...searchRecords(faq, 'en')[0]!, answer: 'word '.repeat(blockSizes.at(-1)!) };
    expect(() => questionBlock(long, 5)).toThrow(/"key-vault" .* has \d+ words, more than search can hold; split it/);
  });
});

describe('the words search counts', () => {
  it('are runs of letters and digits, hyphenated and CamelCase words also whole', () => {
    expect(textWords('Use kube-system, NamespaceLifecycle and MC_rg_name (v1.20).')).toEqual([
      'use',
      'kube-system',
      'kube',
      'system',
      'namespacelifecycle',
      'namespace',
      'lifecycle',
      'and',
      'mc',
      'rg',
      'name',
      'v1',
      '20',
    ]);
  });

  it('keep an acronym’s plural whole: "IPs" is not "I" and "Ps"', () => {
    expect(textWords('NSGs and public IPs of VMs')).toEqual(['nsgs', 'and', 'public', 'ips', 'of', 'vms']);
    expect(textWords('NodeIPs HTTPServer')).toEqual(['nodeips', 'node', 'ips', 'httpserver', 'http', 'server']);
  });
});

describe('the lexicon', () => {
  const records = searchRecords(faq, 'en');

  it('counts the words of questions and answers and adds the readers’ words of the concept map', () => {
    const { file, unmatched } = siteLexicon(records, {
      'clock drift': ['time synchronization'],
      akv: ['key vault'],
      'pod secrets': ['mount secrets'],
    });
    const lexicon = decodeLexicon(file);
    expect(lexicon.counts.get('tags')).toBe(3);
    expect(lexicon.counts.get('vault')).toBe(1);
    expect(lexicon.counts.get('mount'), 'the ways of asking are searched, not shipped').toBeUndefined();
    expect(lexicon.counts.get('drift'), 'a reader’s word is a word of the site').toBe(1);
    expect(lexicon.concepts.get('clock drift')).toEqual(['time synchronization']);
    expect(unmatched, 'phrases whose words no answer or way of asking has are reported').toEqual([
      { phrase: 'clock drift', answer: 'time synchronization', apart: false },
    ]);
  });

  it('reports the phrases no question or answer has side by side, which count half', () => {
    const { unmatched } = siteLexicon(records, { 'tag policy': ['tags SLO'], hsm: ['key vault'] });
    expect(unmatched).toEqual([{ phrase: 'tag policy', answer: 'tags SLO', apart: true }]);
    const phrases = ['tags SLO', 'aks-managed tags', 'availability zone', 'break the SLO', 'break SLO', 'tags'];
    expect(phrasesApart(records, phrases), 'a stop word holds its place').toEqual(new Set(['tags SLO', 'break SLO']));
  });

  it('stays bounded however many words a site has, keeping its most frequent words and the readers’ words', () => {
    const words = Array.from({ length: 12_000 }, (_, i) => `word${i.toString(36)}x`);
    const many = words.map((word, i) => ({
      ...records[0]!,
      id: word,
      question: word,
      answer: i < 100 ? `${word} ${word}` : '',
    }));
    const lexicon = decodeLexicon(siteLexicon(many, { 'clock drift': ['word0x'] }).file);
    expect(lexicon.counts.size).toBeLessThanOrEqual(maxLexiconWords + 2);
    expect(lexicon.counts.get('word0x')).toBe(3);
    expect(lexicon.counts.has('drift')).toBe(true);
  });

  it('keeps the most frequent words when bounded, and always the ones it must keep, with their counts roughly', () => {
    const counts = new Map([
      ['node', 9],
      ['pool', 5],
      ['rare', 1],
      ['drift', 1],
      ['zone', 6],
    ]);
    const file = encodeLexicon(counts, new Map(), 3, new Set(['drift']));
    expect(file.words).toEqual([
      [8, 'node'],
      [6, 'pool zone'],
      [1, 'drift'],
    ]);
    const lexicon = decodeLexicon(file);
    expect(lexicon.sorted).toEqual(['drift', 'node', 'pool', 'zone']);
    expect(lexicon.total).toBe(21);
  });
});
