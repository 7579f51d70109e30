import { join } from 'node:path';
import { contentDir } from './content-dir.ts';
import { siteAddress } from './site-address.ts';
import { checkContent } from '../gate/check-content.ts';
import { loadJsonFile } from '../pipeline/json-file.ts';
import { ContentError } from '../pipeline/problems.ts';
import { jsonFiles } from '../schemas/json-files.ts';
import type { SiteSettings } from '../schemas/site.ts';

/**
 * The settings of `<content>/site.json`. A mistake in them stops the build before the content gate would run, so it
 * throws with every problem of the content, as `npm run check` lists them, not only its own.
 */
function readSettings(dir: string): SiteSettings {
  try {
    return loadJsonFile(join(dir, 'site.json'), jsonFiles.site.schema);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const { problems } = checkContent(dir);
    throw problems.length > 0 ? new ContentError(problems) : error;
  }
}

const settings = readSettings(contentDir());
const { origin, base } = siteAddress(settings.url, process.env);

/**
 * The validated site settings (`<content>/site.json`), read once per process; a mistake throws with its file
 * and line. `url` is the origin the site is served from and `base` the path it is served under, with the
 * SITE_URL and BASE_PATH environment variables over site.json (src/settings/site-address.ts).
 */
export const site: SiteSettings & { base: string } = { ...settings, url: origin, base };
