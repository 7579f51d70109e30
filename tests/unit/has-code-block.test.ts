import { describe, expect, it } from 'vitest';
import { hasCodeBlock } from '../../src/lib/has-code-block.ts';

describe('hasCodeBlock', () => {
  it('finds fenced and indented code blocks, in Markdown and inside an MDX component', () => {
    expect(hasCodeBlock({ body: 'Run:\n\n```sh\naz aks list\n```\n', filePath: 'a.md' })).toBe(true);
    expect(hasCodeBlock({ body: 'Run:\n\n    az aks list\n', filePath: 'a.md' })).toBe(true);
    expect(hasCodeBlock({ body: '<Note>\n\n```yaml\nkey: value\n```\n\n</Note>\n', filePath: 'a.mdx' })).toBe(true);
  });

  it('does not take inline code or a fence inside inline code for a block', () => {
    expect(hasCodeBlock({ body: 'Use `az aks list`, or type ``` `` ``` to see backticks.\n', filePath: 'a.md' })).toBe(false);
    expect(hasCodeBlock({ body: '<Note>Use `kubectl`.</Note>\n', filePath: 'a.mdx' })).toBe(false);
  });
});
