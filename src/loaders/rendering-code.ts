import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A fingerprint of the code that turns answers into HTML: the Markdown plugins of `folder` (src/markdown/).
 * Astro keeps rendered answers from build to build by their digest and clears them when its config changes,
 * but it cannot see a change inside a plugin's code; with this in every digest, such a change renders every
 * answer again instead of serving the old HTML.
 */
export function renderingCodeFingerprint(folder: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(folder).toSorted()) hash.update(`${file}\n${readFileSync(join(folder, file), 'utf8')}\n`);
  return hash.digest('hex').slice(0, 16);
}
