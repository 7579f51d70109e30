import { relative, resolve, sep } from 'node:path';
import type { Question } from './get-faq.ts';
import { contentDir } from '../settings/content-dir.ts';
import { site } from '../settings/site.ts';
import { absoluteUrl, permalinkPath } from '../settings/site-urls.ts';
import { fillTemplate, type TemplateValues } from '../urls/url-template.ts';

/**
 * The "Edit this question" and "Report a problem" addresses of a question, each only when site.json has its template.
 */
export function questionLinks(question: Pick<Question, 'id' | 'text' | 'entry'>): { edit?: string; report?: string } {
  // Most sites have neither: then nothing is worked out, once per question.
  if (!site.editUrl && !site.reportUrl) return {};
  const file = question.entry.filePath ? resolve(question.entry.filePath) : '';
  const values: TemplateValues = {
    id: question.id,
    question: question.text,
    permalink: absoluteUrl(permalinkPath(question.id)),
    path: relative(contentDir(), file).split(sep).join('/'),
  };
  return {
    ...(site.editUrl ? { edit: fillTemplate(site.editUrl, values) } : {}),
    ...(site.reportUrl ? { report: fillTemplate(site.reportUrl, values) } : {}),
  };
}
