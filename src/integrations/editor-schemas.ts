import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publishedIdsSchema } from '../schemas/published-ids.ts';
import { siteSchema } from '../schemas/site.ts';

/**
 * Writes JSON schemas for the content folder's JSON files into .astro/, beside the ones Astro writes for
 * the collections, so editors validate site.json and published-ids.json as writers type.
 */
export default function editorSchemas(): AstroIntegration {
  return {
    name: 'faq-editor-schemas',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const dir = fileURLToPath(new URL('.astro/', config.root));
        mkdirSync(dir, { recursive: true });
        for (const [name, schema] of [['site', siteSchema], ['published-ids', publishedIdsSchema]] as const) {
          const json = z.toJSONSchema(schema, { io: 'input' });
          writeFileSync(`${dir}${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
        }
      },
    },
  };
}
