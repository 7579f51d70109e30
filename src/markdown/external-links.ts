import { defineHastPlugin } from 'satteri';
import { urlKind } from '../urls/url-kind.ts';

/**
 * Marks links that leave the site, for everyone: a CSS icon for the eye (the `external` class) and
 * visually hidden words for screen readers. (The content check has refused any link that is not https.)
 */
export const externalLinks = defineHastPlugin({
  name: 'faq-external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.['href'];
      const kind = typeof href === 'string' ? urlKind(href) : undefined;
      if (kind?.kind !== 'absolute' || kind.scheme === 'mailto' || kind.scheme === 'tel') return;
      ctx.setProperty(node, 'className', ['external']);
      ctx.appendChild(node, {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'] },
        children: [{ type: 'text', value: ' (external site)' }],
      });
    },
  },
});
