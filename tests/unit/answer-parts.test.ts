import { describe, expect, it } from 'vitest';
import { parseSyntaxTree } from '../../src/pipeline/syntax-tree.ts';

const file = (body: string) => `---\nquestion: "Q?"\n---\n\n${body}\n`;
const partsOf = (body: string) => parseSyntaxTree('a.mdx', file(body)).parts;

describe('an MDX answer in parts', () => {
  it('cuts the answer at its top-level components, each with its attributes and its Markdown content', () => {
    const body =
      'Before **this**.\n\n<Note title="Mind" open>\nCareful: `kubectl` and [a link](/q/x/).\n\n- one\n- two\n</Note>\n\n{/* a comment */}\n\nAfter.';
    expect(partsOf(body)).toEqual([
      { markdown: 'Before **this**.' },
      {
        component: 'Note',
        attributes: { title: 'Mind', open: true },
        markdown: 'Careful: `kubectl` and [a link](/q/x/).\n\n- one\n- two',
      },
      { markdown: 'After.' },
    ]);
  });

  it("gives every part the answer's link definitions, which resolve only within one Markdown document", () => {
    const parts = partsOf(
      'See [the docs][docs].\n\n<Note>\nAnd [here][docs].\n</Note>\n\n[docs]: https://learn.microsoft.com/azure/aks/',
    );
    expect(
      parts?.map((part) => part.markdown.endsWith('\n\n[docs]: https://learn.microsoft.com/azure/aks/\n')),
    ).toEqual([true, true]);
  });

  it('leaves to MDX a component inside a list, a quote or a line of text, one inside another, and content MDX reads otherwise', () => {
    for (const body of [
      '1. One.\n\n   <Note>\n   In a list.\n   </Note>',
      '> <Note>\n> Quoted.\n> </Note>',
      'A line with <Note>a note</Note> in it.',
      '<Note>\n<Note>\nTwice.\n</Note>\n</Note>',
      '<Note>\n    One.\n\n    Two, indented four spaces: code in Markdown, text in MDX.\n</Note>',
      'Text.\n\n<details>\nHTML as JSX.\n</details>',
    ]) {
      expect(partsOf(body), body).toBeUndefined();
    }
  });

  it('are not made for answers the Markdown pipeline renders whole', () => {
    expect(partsOf('Just text.')).toBeUndefined();
    expect(parseSyntaxTree('a.md', file('Text.\n\n<Note>\nRaw HTML in Markdown.\n</Note>')).parts).toBeUndefined();
  });
});
