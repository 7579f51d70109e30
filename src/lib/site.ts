import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { contentDir } from './content-dir.ts';
import { ContentError } from './content-error.ts';

function loadSettings(): SiteSettings {
  const file = join(contentDir(), 'site.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError([
      {
        file,
        message: `Site settings could not be read: ${(error as Error).message}`,
        hint: 'Create site.json in the content folder with at least "title", "description" and "url".',
      },
    ]);
  }
  const parsed = siteSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue) => ({
        file,
        message: `Site setting "${issue.path.join('.') || '(root)'}" is invalid: ${issue.message}.`,
        hint: 'Fix the value in site.json; src/schemas/site.ts documents every field.',
      })),
    );
  }
  return parsed.data;
}

/** The validated site settings, read once per process. */
export const site: SiteSettings = loadSettings();
