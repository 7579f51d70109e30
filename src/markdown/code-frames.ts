import type { Element, ElementContent, Properties } from 'hast';
import { defineHastPlugin } from 'satteri';

const element = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/**
 * The copy button of a code block, hidden until src/scripts/copy-buttons.ts shows it and copies for it, so
 * that without JavaScript there is none. Its last child is where the outcome shows.
 */
const copyButton = element(
  'button',
  {
    type: 'button',
    hidden: true,
    dataCopyCode: '',
    className: [
      'copy-code',
      'absolute',
      'top-2',
      'right-2',
      'flex',
      'items-center',
      'gap-1',
      'rounded',
      'border',
      'border-line',
      'bg-raised',
      'p-1',
      'text-xs',
      'text-muted',
      'hover:text-accent',
    ],
  },
  [
    element(
      'svg',
      {
        ariaHidden: 'true',
        viewBox: '0 0 24 24',
        width: '16',
        height: '16',
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: '2',
      },
      [
        element('rect', { x: '9', y: '9', width: '12', height: '12', rx: '2' }),
        element('path', { d: 'M5 15V5a2 2 0 0 1 2-2h10' }),
      ],
    ),
    element('span', { className: ['sr-only'] }, [{ type: 'text', value: 'Copy code' }]),
    element('span', { className: ['empty:hidden'] }),
  ],
);

/** Puts every code block in a `<div class="code-block">`, the frame its copy button sits in, beside it. */
export const codeFrames = defineHastPlugin({
  name: 'faq-code-frames',
  element: {
    filter: ['pre'],
    visit(node, ctx) {
      ctx.wrapNode(node, element('div', { className: ['code-block'] }, [copyButton]));
    },
  },
});
