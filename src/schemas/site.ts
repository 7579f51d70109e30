import { z } from 'astro/zod';
import { fillTemplate, TEMPLATE_PLACEHOLDERS, unknownPlaceholders } from '../lib/url-template.ts';

const placeholderList = Object.keys(TEMPLATE_PLACEHOLDERS).map((name) => `{${name}}`).join(', ');

/** An absolute URL with placeholders for one question, such as `https://example.org/edit/main/{path}`. */
const questionUrlTemplate = z.string().superRefine((template, context) => {
  const unknown = unknownPlaceholders(template);
  if (unknown.length > 0) {
    context.addIssue({ code: 'custom', message: `unknown placeholder ${unknown.map((name) => `{${name}}`).join(', ')}; use ${placeholderList}` });
    return;
  }
  const sample = fillTemplate(template, { id: 'id', question: 'Question?', permalink: 'https://example.org/q/id/', path: 'questions/id.md' });
  if (!URL.canParse(sample) || !/^https?:$/.test(new URL(sample).protocol)) {
    context.addIssue({ code: 'custom', message: 'not an absolute http(s) URL once its placeholders are filled in' });
  }
});

/** Site settings: everything a fork changes besides its questions. Lives in `<content>/site.json`. */
export const siteSchema = z.strictObject({
  /** Name of the site, shown in the header and in every page title. */
  title: z.string().min(1),
  /** One or two sentences about the site, for the home page and search engines. */
  description: z.string().min(1),
  /** Public address of the deployed site, used for canonical links, the sitemap and copied links. */
  url: z.url(),
  /** Language of the content, as a BCP 47 tag for `<html lang>`. */
  lang: z.string().default('en'),
  /** The page this FAQ's text comes from, credited in every footer. */
  source: z
    .strictObject({
      /** Title of the source page. */
      title: z.string(),
      /** Who publishes the source page. */
      publisher: z.string(),
      /** Address of the source page. */
      url: z.url(),
    })
    .optional(),
  /** Licence of the text, credited in every footer. */
  license: z
    .strictObject({
      /** Short name of the licence, e.g. "CC BY 4.0". */
      name: z.string(),
      /** Address of the licence text. */
      url: z.url(),
    })
    .optional(),
  /**
   * "Edit this question" link under each answer: a URL template of the file in its repository, e.g.
   * `https://github.com/owner/repo/edit/main/content/{path}`. No link when absent.
   */
  editUrl: questionUrlTemplate.optional(),
  /**
   * "Report a problem" link under each answer: a URL template of a new issue prefilled with {question}, {id}
   * and {permalink}. No link when absent.
   */
  reportUrl: questionUrlTemplate.optional(),
  /** Also land links that use the source page's own anchors (slugs of the question text). */
  learnStyleAnchors: z.boolean().default(false),
});

export type SiteSettings = z.infer<typeof siteSchema>;
