import { describe, expect, it } from 'vitest';
import { declaredProps } from '../../src/pipeline/answer-components.ts';

describe('the attributes an answer component takes', () => {
  it('are the members of its Props interface or type, named as the body facts name attributes', () => {
    const script = (props: string) =>
      `---\n// A callout.\n${props}\nconst { kind } = Astro.props;\n---\n\n<div><slot /></div>\n`;
    expect(declaredProps(script("interface Props {\n  kind?: 'tip' | 'warning';\n  headingLevel: number;\n}"))).toEqual(
      ['kind', 'headingLevel'],
    );
    expect(declaredProps(script("type Props = { 'kind'?: string };"))).toEqual(['kind']);
  });

  it('are none for a component without Props, or without a script', () => {
    expect(declaredProps('---\n// The callout.\n---\n\n<div><slot /></div>\n')).toEqual([]);
    expect(declaredProps('<div><slot /></div>\n')).toEqual([]);
  });
});
