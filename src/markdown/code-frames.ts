import { defineHastPlugin } from 'satteri';

/**
 * Puts every code block in a `<div class="code-block">`, the frame its copy button is placed in. The
 * button itself is added by src/scripts/copy-code.ts, so without JavaScript there is none.
 */
export const codeFrames = defineHastPlugin({
  name: 'faq-code-frames',
  element: {
    filter: ['pre'],
    visit(node, ctx) {
      ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['code-block'] }, children: [] });
    },
  },
});
