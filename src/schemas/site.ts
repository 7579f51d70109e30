import { z } from 'astro/zod';
import { fillTemplate, TEMPLATE_PLACEHOLDERS, unknownPlaceholders } from '../urls/url-template.ts';

const placeholderList = Object.keys(TEMPLATE_PLACEHOLDERS)
  .map((name) => `{${name}}`)
  .join(', ');

/** An absolute URL with placeholders for one question, such as `https://example.org/edit/main/{path}`. */
const questionUrlTemplate = z.string().superRefine((template, context) => {
  const unknown = unknownPlaceholders(template);
  if (unknown.length > 0) {
    context.addIssue({
      code: 'custom',
      message: `unknown placeholder ${unknown.map((name) => `{${name}}`).join(', ')}; use ${placeholderList}`,
    });
    return;
  }
  const sample = fillTemplate(template, {
    id: 'id',
    question: 'Question?',
    permalink: 'https://example.org/q/id/',
    path: 'questions/id.md',
  });
  if (!URL.canParse(sample) || !/^https?:$/.test(new URL(sample).protocol)) {
    context.addIssue({ code: 'custom', message: 'not an absolute http(s) URL once its placeholders are filled in' });
  }
});

const text = (what: string) =>
  z
    .string({ error: `The ${what} must be text in quotes.` })
    .refine((value) => value.trim() !== '', { error: `The ${what} is empty.`, abort: true })
    .refine((value) => value === value.trim(), `The ${what} starts or ends with a space: remove it inside the quotes.`);

const address = (what: string) =>
  z.url({ protocol: /^https?$/, error: `The ${what} must be a full address, starting with https:// (or http://).` });

/** Site settings: everything a fork changes besides its questions. Lives in `<content>/site.json`. */
export const siteSchema = z.strictObject({
  /** Name of the site, shown in the header and in every page title. */
  title: text('title').meta({ examples: ['AKS FAQ'] }),
  /** One or two sentences about the site, for the home page and search engines. */
  description: text('description').meta({ examples: ['Answers to common questions about Azure Kubernetes Service.'] }),
  /**
   * Public address of the deployed site, used for canonical links, the sitemap and copied links. SITE_URL
   * overrides it at build time; a path in it (`https://owner.github.io/repo`) is the base path, unless BASE_PATH is set.
   */
  url: address('site address')
    .refine(
      (url) => !URL.canParse(url) || (!new URL(url).search && !new URL(url).hash),
      'The site address is where the site is served from, without a ? or # part: https://aks-faq.example.org/.',
    )
    .meta({ examples: ['https://aks-faq.example.org'] }),
  /** Language of the content, as a BCP 47 tag for `<html lang>`. */
  lang: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'The language is a BCP 47 tag, such as en or en-GB.')
    .default('en')
    .meta({ examples: ['en'] }),
  /** The page this FAQ's text comes from, credited in every footer. */
  source: z
    .strictObject({
      /** Title of the source page. */
      title: text('source title'),
      /** Who publishes the source page. */
      publisher: text('publisher'),
      /** Address of the source page. */
      url: address('source address'),
    })
    .optional()
    .meta({
      examples: [
        {
          title: 'AKS frequently asked questions',
          publisher: 'Microsoft',
          url: 'https://learn.microsoft.com/azure/aks/faq',
        },
      ],
    }),
  /** Licence of the text, credited in every footer. */
  license: z
    .strictObject({
      /** Short name of the licence, e.g. "CC BY 4.0". */
      name: text('licence name'),
      /** Address of the licence text. */
      url: address('licence address'),
    })
    .optional()
    .meta({ examples: [{ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }] }),
  /**
   * "Edit this question" link under each answer: a URL template of the file in its repository, e.g.
   * `https://github.com/owner/repo/edit/main/content/{path}`. No link when absent.
   */
  editUrl: questionUrlTemplate
    .optional()
    .meta({ examples: ['https://github.com/owner/repo/edit/main/content/{path}'] }),
  /**
   * "Report a problem" link under each answer: a URL template of a new issue prefilled with {question}, {id}
   * and {permalink}. No link when absent.
   */
  reportUrl: questionUrlTemplate
    .optional()
    .meta({ examples: ['https://github.com/owner/repo/issues/new?title={question}&body=About+{permalink}'] }),
  /**
   * Most questions the FAQ may have to get the page of all questions (`/all/`). A longer page is too heavy to
   * load, read through or print (every answer's HTML in one page), so a larger FAQ has none: its section
   * pages, index and search serve instead. 0 never builds it.
   */
  allQuestionsPageLimit: z
    .int({ error: 'allQuestionsPageLimit is a whole number of questions, such as 500, without quotes.' })
    .min(0, 'allQuestionsPageLimit cannot be negative: write 0 to never build the page.')
    .default(500)
    .meta({ examples: [500] }),
  /** Also land links that use the source page's own anchors (slugs of the questions' and sections' titles). */
  learnStyleAnchors: z
    .boolean({ error: 'learnStyleAnchors is true or false, without quotes.' })
    .default(false)
    .meta({ examples: [true] }),
});

export type SiteSettings = z.infer<typeof siteSchema>;

/** Whether a FAQ of `questionCount` questions gets the page of all its questions (`/all/`) under `limit`. */
export const fitsAllQuestionsPage = (questionCount: number, limit: number) => questionCount <= limit;
