/** The URL of a browser module built as its own chunk, to load with `import(url)` (src/integrations/module-urls.ts). */
declare module '*?module-url' {
  const url: string;
  export default url;
}
