import { codeToHast } from 'shiki';
import type { Element, Root } from 'hast';
import { afterEach, expect, it, vi } from 'vitest';
import { codeColorClasses, codeThemes } from '../../src/markdown/code-color-classes.ts';
import { untimedTokenizing } from '../../src/markdown/untimed-tokenizing.ts';

const line = 'metadata: { name: "web", labels: { app: "web", tier: "front" } }';

const elements = (node: Root | Element): Element[] =>
  node.children.flatMap((child) => (child.type === 'element' ? [child, ...elements(child)] : []));

/**
 * The light-theme colour class of each token of the line, highlighted on a machine where every step of the clock is a
 * second.
 */
async function coloursOnASlowMachine(transformers: (typeof codeColorClasses)[]) {
  let now = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
  const tree = await codeToHast(line, {
    lang: 'yaml',
    themes: codeThemes,
    defaultColor: false,
    transformers: [...transformers, codeColorClasses],
  });
  vi.restoreAllMocks();
  return elements(tree)
    .filter((element) => element.tagName === 'span' && element.children.every((child) => child.type === 'text'))
    .map((span) => [span.properties['class']].flat().join(' '));
}

afterEach(() => vi.restoreAllMocks());

it('colours a whole line however long tokenizing it takes', async () => {
  const cut = await coloursOnASlowMachine([]);
  const whole = await coloursOnASlowMachine([untimedTokenizing]);
  // Shiki's time limit leaves the line as one uncoloured token; without it, the keys and strings get theirs.
  expect(cut.length).toBeLessThan(3);
  expect(new Set(whole).size).toBeGreaterThan(2);
});
