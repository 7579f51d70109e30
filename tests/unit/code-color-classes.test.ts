import { codeToHast } from 'shiki';
import type { Element, Root } from 'hast';
import { expect, it } from 'vitest';
import { codeColorClasses, codeColorsStylesheet, codeThemes } from '../../src/markdown/code-color-classes.ts';

const samples: Record<string, string> = {
  yaml: 'apiVersion: v1\nkind: Pod # a pod\nmetadata:\n  name: "web"\n  labels: { app: web }\n',
  bash: 'az aks get-credentials --resource-group "$RG" --name aks1 && kubectl get nodes -o wide # nodes\n',
  json: '{ "enabled": true, "count": 3, "name": null }',
  typescript: 'export async function f(x: number): Promise<string> { return `${x}`; } // done',
  markdown: '# Title\n\n*italic* **bold** [link](https://example.org) ~~gone~~\n',
  diff: '--- a\n+++ b\n@@ -1 +1 @@\n-old\n+new\n',
  python: 'def f(x):\n    """Docs."""\n    return re.compile(r"\\d+\\n")  # regex\n',
};

const elements = (node: Root | Element): Element[] =>
  node.children.flatMap((child) => (child.type === 'element' ? [child, ...elements(child)] : []));
/** Shiki writes `class` as a list, Astro's highlighter as text. */
const classesOf = (element: Element) => [element.properties['class'] ?? []].flat().join(' ').split(' ').filter(Boolean);

it.each(Object.entries(samples))(
  'highlights %s with classes the stylesheet defines, and no style attribute',
  async (lang, code) => {
    const tree = await codeToHast(code, {
      lang,
      themes: codeThemes,
      defaultColor: false,
      transformers: [codeColorClasses],
    });
    const stylesheet = codeColorsStylesheet();
    const all = elements(tree);
    expect(all.filter((element) => element.properties['style'] !== undefined)).toEqual([]);
    const classes = new Set(all.flatMap(classesOf).filter((name) => /^c[ld]-/.test(name)));
    expect(classes.size, 'tokens are coloured in both themes').toBeGreaterThanOrEqual(2);
    for (const name of classes) expect(stylesheet, name).toContain(`.${name}{`);
  },
);

it('gives each token its colour in each theme, and the stylesheet picks one by the colour scheme', async () => {
  const tree = await codeToHast('kind: Pod', {
    lang: 'yaml',
    themes: codeThemes,
    defaultColor: false,
    transformers: [codeColorClasses],
  });
  const key = elements(tree).find((element) =>
    element.children.some((child) => child.type === 'text' && child.value === 'kind'),
  )!;
  expect(classesOf(key).sort()).toEqual(['cd-85e89d', 'cl-22863a']);
  expect(codeColorsStylesheet()).toContain('.astro-code,.astro-code span{color:light-dark(var(--cl),var(--cd))}');
});

it('refuses a style it has no class for, rather than drop a colour', async () => {
  const stray = { name: 'stray', span: (node: Element) => void (node.properties['style'] = 'color: red') };
  await expect(
    codeToHast('x', { lang: 'yaml', themes: codeThemes, defaultColor: false, transformers: [stray, codeColorClasses] }),
  ).rejects.toThrow(/color: red/);
});
