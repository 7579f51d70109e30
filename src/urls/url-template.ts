/** What a question-link template in site.json can contain, each filled in URL-encoded. */
export const TEMPLATE_PLACEHOLDERS = {
  id: 'the question id',
  question: 'the question text',
  permalink: 'the absolute permalink /q/<id>/',
  path: 'the file path in the content folder, e.g. questions/sla.md',
} as const;

export type TemplateValues = Record<keyof typeof TEMPLATE_PLACEHOLDERS, string>;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Placeholders in a template that are not in TEMPLATE_PLACEHOLDERS. */
export const unknownPlaceholders = (template: string) =>
  [...template.matchAll(PLACEHOLDER)].map(([, name]) => name!).filter((name) => !(name in TEMPLATE_PLACEHOLDERS));

/** Characters a query value may hold as they are (RFC 3986), decoded back after encodeURIComponent. */
const QUERY_SAFE = /%(?:2F|3A|3F|40|2C)/g;

/**
 * Fills a URL template: each `{name}` becomes its value URL-encoded as its place needs. In the query, a
 * value is form-encoded (spaces as +) and keeps the characters a query may hold, such as / and :, which
 * keeps long prefilled links short; in the path, `{path}` keeps its slashes (it names a file in a
 * repository). The rest of the template is used as written.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  const query = template.indexOf('?');
  return template.replace(PLACEHOLDER, (whole, name: string, at: number) => {
    if (!(name in values)) return whole;
    const value = values[name as keyof TemplateValues];
    if (query >= 0 && at > query)
      return encodeURIComponent(value).replaceAll('%20', '+').replace(QUERY_SAFE, decodeURIComponent);
    return name === 'path' ? value.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(value);
  });
}
