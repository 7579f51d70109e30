import { sitePaths } from '../urls/site-paths.ts';
import { site } from './site.ts';

/** The site's paths under the base path it is built for (src/urls/site-paths.ts). */
export const paths = sitePaths(site.base);

export const {
  sitePath,
  routePath,
  homePath,
  sectionPath,
  questionPath,
  permalinkPath,
  allQuestionsPath,
  feedPath,
  searchPath,
  sitemapPath,
} = paths;

/** The absolute URL on the deployed site of a path, for canonical links and copied links. */
export const absoluteUrl = (path: string) => new URL(path, site.url).href;
