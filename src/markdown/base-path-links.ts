import { defineHastPlugin } from 'satteri';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { urlKind } from '../urls/url-kind.ts';
import { sitePath } from '../settings/site-urls.ts';

/** The attributes of the elements an answer may write that hold a URL (src/rules/body/raw-html.ts). */
const URL_ATTRIBUTES: Record<string, string> = {
  a: 'href',
  img: 'src',
  q: 'cite',
  blockquote: 'cite',
  del: 'cite',
  ins: 'cite',
};
const tags = Object.keys(URL_ATTRIBUTES);

/** The URL with the base path in front, if it is a path from the site's root; otherwise undefined. */
const withBase = (url: unknown): string | undefined =>
  typeof url === 'string' && url.trim().startsWith('/') && urlKind(url).kind === 'site'
    ? sitePath(url.trim())
    : undefined;

/**
 * Puts the site's base path in front of the links writers make from the site's root (`/q/sla/`,
 * `/networking/#dns`, `/diagram.png`), so they keep working when the site is served under a path such as
 * `/aks-faq/`: in Markdown, in raw HTML (parsed into elements, see astro.config.mjs) and in an MDX answer's
 * HTML tags. The content checks read the links as written; only the rendered page gets the base.
 */
export const basePathLinks = defineHastPlugin({
  name: 'faq-base-path-links',
  element: {
    filter: tags,
    visit(node, ctx) {
      const name = URL_ATTRIBUTES[node.tagName]!;
      const url = withBase(node.properties?.[name]);
      if (url) ctx.setProperty(node, name, url);
    },
  },
  mdxJsxFlowElement: { filter: tags, visit: rewriteJsx },
  mdxJsxTextElement: { filter: tags, visit: rewriteJsx },
});

/** An MDX answer's `<a href="/q/sla/">`: the same element with the base in front of its URL. */
function rewriteJsx<N extends MdxJsxFlowElementHast | MdxJsxTextElementHast>(node: Readonly<N>): N | undefined {
  const name = URL_ATTRIBUTES[node.name ?? ''];
  const url = (attribute: (typeof node.attributes)[number]) =>
    attribute.type === 'mdxJsxAttribute' && attribute.name === name ? withBase(attribute.value) : undefined;
  if (!node.attributes.some(url)) return undefined;
  return {
    ...node,
    children: [...node.children],
    attributes: node.attributes.map((attribute) => ({
      ...attribute,
      ...(url(attribute) ? { value: url(attribute) } : {}),
    })),
  };
}
