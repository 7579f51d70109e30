import { describe, expect, it } from 'vitest';
import { extraAnchors } from '../../src/lib/anchor-map.ts';
import { readsAsMarkdown } from '../../src/lib/mdx-as-markdown.ts';

describe('readsAsMarkdown: which .mdx answers the Markdown pipeline renders', () => {
  it('accepts prose, lists, links, inline code and fenced code, whatever the code contains', () => {
    const body = [
      'Run `kubectl get pods -o jsonpath={.items}` or see [the docs](/q/sla/).',
      '',
      '- one\n- two\n   continued',
      '',
      '```yaml\nspec: { replicas: 2 }\n<div>not markup</div>\n    indented inside a fence\n```',
    ].join('\n');
    expect(readsAsMarkdown(body)).toBe(true);
  });

  it('leaves components, HTML, expressions and imports to MDX', () => {
    expect(readsAsMarkdown('Text.\n\n<Note>\nCareful.\n</Note>')).toBe(false);
    expect(readsAsMarkdown('A line<br/>break.')).toBe(false);
    expect(readsAsMarkdown('Two is {1 + 1}.')).toBe(false);
    expect(readsAsMarkdown("import Chart from './chart.astro';\n\nText.")).toBe(false);
    expect(readsAsMarkdown('export const year = 2026;\n\nText.')).toBe(false);
  });

  it('leaves indentation that Markdown would read as code to MDX', () => {
    expect(readsAsMarkdown('Text.\n\n    not code in MDX')).toBe(false);
    expect(readsAsMarkdown('Text.\n\n\tnot code in MDX')).toBe(false);
  });

  it('leaves a body that opens with a thematic break to MDX', () => {
    expect(readsAsMarkdown('---\n\nText.')).toBe(false);
  });
});

describe('extraAnchors', () => {
  it('gives every other anchor that lands on the question, in the map\'s order', () => {
    const map = {
      sla: '/support/#sla',
      uptime: '/support/#sla',
      'two-resource-groups': '/operations/#two-resource-groups',
      'does-aks-offer-an-sla': '/support/#sla',
      'mc-group': '/operations/#two-resource-groups',
    };
    for (const question of [
      { id: 'sla', section: { id: 'support' } },
      { id: 'two-resource-groups', section: { id: 'operations' } },
      { id: 'lonely', section: { id: 'support' } },
    ]) {
      const scanned = Object.keys(map).filter((k) => k !== question.id && map[k as keyof typeof map] === `/${question.section.id}/#${question.id}`);
      expect(extraAnchors(map, question)).toEqual(scanned);
    }
  });
});
