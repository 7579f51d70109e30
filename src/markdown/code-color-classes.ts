import { bundledThemes, type ShikiTransformer, type ThemeRegistrationRaw } from 'shiki';
import type { Element, Root } from 'hast';

/** The two themes code blocks are coloured with, one per colour scheme of the site. */
export const codeThemes = { light: 'github-light', dark: 'github-dark' } as const;

type Scheme = keyof typeof codeThemes;
const schemes = Object.keys(codeThemes) as Scheme[];

const loadTheme = async (name: string) =>
  (await bundledThemes[name as keyof typeof bundledThemes]()).default as ThemeRegistrationRaw;
const themes = Object.fromEntries(
  await Promise.all(schemes.map(async (scheme) => [scheme, await loadTheme(codeThemes[scheme])] as const)),
) as Record<Scheme, ThemeRegistrationRaw>;

/** `#FFF` and `#ffffff` alike as `ffffff`: the part of a class name that names a colour. */
const hex = (color: string) => {
  const digits = color.trim().replace(/^#/, '').toLowerCase();
  return digits.length === 3 || digits.length === 4 ? [...digits].map((digit) => digit + digit).join('') : digits;
};

/** Every colour a theme can give a token: its editor colour and the colour of each of its rules. */
function palette(theme: ThemeRegistrationRaw): Set<string> {
  const rules = theme.tokenColors ?? theme.settings ?? [];
  const colors = [theme.colors?.['editor.foreground'], ...rules.map((rule) => rule.settings.foreground)];
  return new Set(colors.filter((color): color is string => typeof color === 'string').map(hex));
}

const palettes = { light: palette(themes.light), dark: palette(themes.dark) };
const fontStyles = ['italic', 'bold', 'underline', 'line-through'] as const;
const background = (scheme: Scheme) => hex(themes[scheme].colors?.['editor.background'] ?? '#fff');

/** The class that stands for one declaration Shiki (or Astro's highlighter) writes in a style attribute. */
function classOf(property: string, value: string): string | null {
  const scheme = schemes.find((name) => property.startsWith(`--shiki-${name}`));
  const v = value.trim().toLowerCase();
  if (scheme && property === `--shiki-${scheme}`) {
    if (!palettes[scheme].has(hex(v)))
      throw new Error(
        `Shiki coloured a token ${v}, which the ${codeThemes[scheme]} theme's palette lacks; ` +
          'the site has no class for it.',
      );
    return `c${scheme[0]}-${hex(v)}`;
  }
  // Every block has its theme's background (the stylesheet below).
  if (scheme && property === `--shiki-${scheme}-bg`) return null;
  if (scheme && /-(font-style|font-weight|text-decoration)$/.test(property)) {
    return (
      v
        .split(/\s+/)
        .filter((style) => style !== 'normal' && style !== 'none')
        .map((style) => `c${scheme[0]}-${style}`)
        .join(' ') || null
    );
  }
  if (property === 'overflow-x' && v === 'auto') return null; // In the stylesheet for every block.
  if (property === 'user-select' && v === 'none') return 'code-unselectable'; // Astro's +/- marks of a diff.
  throw new Error(
    `The code highlighter wrote the style "${property}: ${value.trim()}", which the site has no class for; ` +
      "the page's Content-Security-Policy allows no style attribute.",
  );
}

function toClasses(node: Element, addClass: (node: Element, names: string[]) => void) {
  const style = node.properties['style'];
  if (typeof style === 'string') {
    const classes = style
      .split(';')
      .filter((declaration) => declaration.trim() !== '')
      .map((declaration) => {
        const colon = declaration.indexOf(':');
        return classOf(declaration.slice(0, colon).trim(), declaration.slice(colon + 1));
      })
      .filter((name): name is string => name !== null);
    delete node.properties['style'];
    if (classes.length > 0) addClass(node, classes.join(' ').split(' '));
  }
  for (const child of node.children) if (child.type === 'element') toClasses(child, addClass);
}

/**
 * Code blocks coloured with classes instead of style attributes, so that no page needs `style-src
 * 'unsafe-inline'`. Shiki writes each token's colour in each theme (`--shiki-light:#D73A49`); this gives the
 * token a class per colour (`cl-d73a49`) from a palette known before anything is highlighted: the colours
 * of the two themes. The stylesheet below defines each class, so a cached or new block always finds its
 * colours.
 */
export const codeColorClasses: ShikiTransformer = {
  name: 'faq-code-color-classes',
  root(root: Root) {
    for (const child of root.children)
      if (child.type === 'element') toClasses(child, (node, names) => this.addClassToHast(node, names));
  },
};

const fontStyleDeclarations: Record<(typeof fontStyles)[number], string> = {
  italic: 'font-style:italic',
  bold: 'font-weight:bold',
  underline: 'text-decoration:underline',
  'line-through': 'text-decoration:line-through',
};

/** The stylesheet of the classes above: every colour of both palettes, and the font styles of each scheme. */
export function codeColorsStylesheet(): string {
  const colors = schemes.flatMap((scheme) =>
    [...palettes[scheme]].map((color) => `.c${scheme[0]}-${color}{--c${scheme[0]}:#${color}}`),
  );
  // A font style belongs to one scheme: the one the theme toggle set, or else the system's.
  const styles = schemes.flatMap((scheme) => {
    const rules = (root: string) =>
      fontStyles.map((style) => `${root} .c${scheme[0]}-${style}{${fontStyleDeclarations[style]}}`).join('');
    return [
      rules(`[data-theme=${scheme}]`),
      `@media (prefers-color-scheme:${scheme}){${rules(':root:not([data-theme])')}}`,
    ];
  });
  const foreground = (scheme: 'light' | 'dark', fallback: string) =>
    hex(themes[scheme].colors?.['editor.foreground'] ?? fallback);
  return [
    `.astro-code{--cl:#${foreground('light', '#000')};--cd:#${foreground('dark', '#fff')};` +
      `background-color:light-dark(#${background('light')},#${background('dark')});overflow-x:auto}`,
    '.astro-code,.astro-code span{color:light-dark(var(--cl),var(--cd))}',
    '.code-unselectable{user-select:none}',
    ...colors,
    ...styles,
  ].join('\n');
}
