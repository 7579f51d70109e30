import type { ElementFact } from '../../pipeline/body-facts.ts';
import { blockElements } from '../../pipeline/html-fragment.ts';
import { blockInText, type BodyRule } from './body-rule.ts';

/** Attributes any element in an answer may have. */
const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'];

/** The HTML elements an answer may write, each with the attributes it may have besides the global ones. */
const ALLOWED: Record<string, string[]> = {
  ...Object.fromEntries(
    [
      'abbr b bdi bdo br caption cite code dd dfn div dl dt em figcaption figure h3 h4 h5 h6 hr i kbd',
      'mark p pre rp rt ruby s samp small span strong sub summary sup table tbody tfoot thead tr u ul',
      'var wbr',
    ]
      .join(' ')
      .split(' ')
      .map((name) => [name, []]),
  ),
  a: ['href', 'hreflang'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  details: ['open'],
  time: ['datetime'],
  q: ['cite'],
  blockquote: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
};

const REASONS: [string[], string][] = [
  [
    ['script', 'noscript', 'template', 'slot'],
    'answers are content, not code: show code in a fenced code block instead',
  ],
  [
    ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal'],
    "the page's Content-Security-Policy blocks embedded content, so readers would see an empty box: link to it instead",
  ],
  [
    ['form', 'input', 'button', 'select', 'textarea', 'option', 'label', 'fieldset', 'dialog'],
    'a static FAQ page has nothing to send a form to',
  ],
  [['style', 'link', 'meta', 'base'], "it would change the whole page; the site's stylesheet styles answers"],
  [
    ['video', 'audio', 'source', 'track', 'picture', 'canvas', 'svg', 'math'],
    'embedded media is not part of answers: use a Markdown image, ![What it shows](file.png), or a link',
  ],
  [['h1', 'h2'], 'the page uses h1 for the section title and h2 for the questions: start headings at ### (h3)'],
  [['html', 'head', 'body', 'title'], 'the page already has one'],
];

const reasonFor = (name: string) => REASONS.find(([names]) => names.includes(name))?.[1];

function elementProblems(element: ElementFact): { message: string; hint: string }[] {
  const allowed = ALLOWED[element.name];
  if (!allowed) {
    const reason = reasonFor(element.name);
    return [
      {
        message: `The answer contains a <${element.name}> element, which answers cannot use${
          reason ? `: ${reason}` : ''
        }.`,
        hint: reason
          ? 'Remove the element.'
          : `Use Markdown, or one of these elements: ${Object.keys(ALLOWED).join(', ')}.`,
      },
    ];
  }
  if (element.inText && blockElements.has(element.name)) return [blockInText(element.name)];
  return Object.keys(element.attributes).flatMap((attribute) => {
    if (attribute.startsWith('on'))
      return [
        {
          message: `An element has an inline event handler (${attribute}).`,
          hint: 'Remove the handler: answers cannot run code.',
        },
      ];
    if (GLOBAL_ATTRIBUTES.includes(attribute) || allowed.includes(attribute)) return [];
    const why =
      attribute === 'style'
        ? "the site's stylesheet styles answers"
        : attribute === 'id'
          ? 'every question already has its anchor, and a made-up id can clash with one'
          : attribute === 'class'
            ? "the site's stylesheet has no classes for answers"
            : undefined;
    return [
      {
        message: `The attribute ${attribute} is not allowed on <${element.name}>${why ? `: ${why}` : ''}.`,
        hint: `Remove it. <${element.name}> may have: ${[...allowed, ...GLOBAL_ATTRIBUTES].join(', ')}.`,
      },
    ];
  });
}

/** Raw HTML (and lowercase JSX) in a body uses only the elements and attributes of an allowlist. */
export const rawHtml: BodyRule = ({ file, facts, components }) =>
  facts.elements
    // Capitalised JSX names are components, and components written in Markdown are left to the component rule.
    .filter(
      (element) =>
        element.name === element.name.toLowerCase() && !components.some((name) => name.toLowerCase() === element.name),
    )
    .flatMap((element) => elementProblems(element).map((found) => ({ file: file.file, line: element.line, ...found })));
