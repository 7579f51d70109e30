/** The URL of a browser module built as its own chunk, to load with `import(url)` (src/integrations/module-urls.ts). */
declare module '*?module-url' {
  const url: string;
  export default url;
}

/** The stylesheet of the code colour classes, generated from the two themes (src/integrations/code-highlighting.ts). */
declare module 'virtual:faq/code-colors.css';
