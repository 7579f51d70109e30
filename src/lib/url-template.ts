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

/**
 * Fills a URL template: each `{name}` becomes its value URL-encoded, except that `{path}` keeps its slashes
 * (it names a file in a repository URL). The rest of the template is used as written.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = values[name as keyof TemplateValues];
    return name === 'path' ? value.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(value);
  });
}
