import { z } from 'astro/zod';

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
  /** Also land links that use the source page's own anchors (slugs of the question text). */
  learnStyleAnchors: z.boolean().default(false),
});

export type SiteSettings = z.infer<typeof siteSchema>;
