import { describe, expect, it } from 'vitest';
import { bodyFacts } from '../../src/pipeline/body-facts.ts';
import { parseSyntaxTree } from '../../src/pipeline/syntax-tree.ts';

const file = (body: string) => `---\nquestion: "Q?"\n---\n\n${body}\n`;
const renderedAs = (body: string) => parseSyntaxTree('a.mdx', file(body)).renderedAs;

describe('which .mdx answers the Markdown pipeline renders', () => {
  it('renders prose, lists, links, inline code and fenced code as Markdown, whatever the code contains', () => {
    const body = [
      'Run `kubectl get pods -o jsonpath={.items}` or see [the docs](/q/sla/).',
      '',
      '- one\n- two\n   continued',
      '',
      '```yaml\nspec: { replicas: 2 }\n<div>not markup</div>\n    indented inside a fence\n```',
      '',
      '---',
      '',
      'After a thematic break.',
    ].join('\n');
    expect(renderedAs(body)).toBe('markdown');
  });

  it('leaves components, HTML, expressions, imports and comments to MDX', () => {
    for (const body of [
      'Text.\n\n<Note>\nCareful.\n</Note>',
      'A line<br/>break.',
      'Two is {1 + 1}.',
      "import Chart from './chart.astro';\n\nText.",
      'export const year = 2026;',
      'Hi {/* comment */}.',
      'See <https://example.com>.',
    ]) {
      expect(renderedAs(body), body).toBe('mdx');
    }
  });

  it('leaves indentation that Markdown would read as code to MDX', () => {
    expect(renderedAs('Text.\n\n    not code in MDX')).toBe('mdx');
    expect(renderedAs('Text.\n\n\tnot code in MDX')).toBe('mdx');
  });

  it('always renders .md files as Markdown', () => {
    expect(parseSyntaxTree('a.md', file('<Note>\n{1 + 1}\n</Note>')).renderedAs).toBe('markdown');
  });
});

describe('the facts read from the tree', () => {
  it('never takes code for links or HTML', () => {
    const body =
      'Write `[x](javascript:alert(1))` or `<iframe>`.\n\n```html\n<script src="/q/nowhere/"></script>\n<a href="javascript:x">x</a>\n```\n\n    <iframe></iframe>';
    const facts = bodyFacts(parseSyntaxTree('a.md', file(body)).root);
    expect(facts.links).toEqual([]);
    expect(facts.elements).toEqual([]);
    expect(facts.plainText).toContain('<script src="/q/nowhere/"></script>');
  });

  it('reads every form of link with its line', () => {
    const body =
      'A [b](/q/one/), [c][ref], <https://example.com/>, <a href="/q/two/">d</a>.\n\n[ref]: /q/three/\n[unused]: /q/four/';
    const { links } = bodyFacts(parseSyntaxTree('a.md', file(body)).root);
    expect(links).toEqual([
      { url: '/q/one/', line: 5 },
      { url: 'https://example.com/', line: 5 },
      { url: '/q/two/', line: 5 },
      { url: '/q/three/', line: 7 },
      { url: '/q/four/', line: 8 },
    ]);
  });

  it('gives headings the ids the page gives them, and reads the answer as plain text', () => {
    const facts = bodyFacts(
      parseSyntaxTree('a.md', file("### Don't stop\n\n### Don't stop\n\nIt's **fine** & [linked](/q/x/), see `a < b`."))
        .root,
    );
    expect(facts.headings.map((h) => h.slug)).toEqual(['dont-stop', 'dont-stop-1']);
    expect(facts.plainText).toBe('Don’t stop Don’t stop It’s fine & linked, see a < b.');
  });
});
