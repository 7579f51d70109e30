import { defineHastPlugin } from 'satteri';

/**
 * Marks links that leave the site, for everyone: a CSS icon for the eye (the `external` class) and
 * visually hidden words for screen readers. Also refuses anything but https for them.
 */
export const externalLinks = defineHastPlugin({
  name: 'faq-external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.['href'];
      if (typeof href !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('mailto:')) return;
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
