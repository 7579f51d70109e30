import { join } from 'node:path';
import { contentDir } from './content-dir.ts';
import { siteAddress } from './site-address.ts';
import { loadJsonFile } from '../pipeline/json-file.ts';
import { jsonFiles } from '../schemas/json-files.ts';
import type { SiteSettings } from '../schemas/site.ts';

const settings = loadJsonFile(join(contentDir(), 'site.json'), jsonFiles.site.schema);
const { origin, base } = siteAddress(settings.url, process.env);

/**
 * The validated site settings (`<content>/site.json`), read once per process; a mistake throws with its file
 * and line. `url` is the origin the site is served from and `base` the path it is served under, with the
 * SITE_URL and BASE_PATH environment variables over site.json (src/settings/site-address.ts).
 */
export const site: SiteSettings & { base: string } = { ...settings, url: origin, base };
