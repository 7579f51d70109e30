import { join } from 'node:path';
import { contentDir } from './content-dir.ts';
import { loadJsonFile } from '../pipeline/json-file.ts';
import { jsonFiles } from '../schemas/json-files.ts';
import type { SiteSettings } from '../schemas/site.ts';

/** The validated site settings (`<content>/site.json`), read once per process; a mistake throws with its file and line. */
export const site: SiteSettings = loadJsonFile(join(contentDir(), 'site.json'), jsonFiles.site.schema);
