import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonFiles } from '../schemas/json-files.ts';

/**
 * Writes JSON schemas for the content folder's JSON files into .astro/, beside the ones Astro writes for
 * the collections, so editors validate the content folder's JSON files (src/schemas/json-files.ts) as writers type.
 */
export default function editorSchemas(): AstroIntegration {
  return {
    name: 'faq-editor-schemas',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const dir = fileURLToPath(new URL('.astro/', config.root));
        mkdirSync(dir, { recursive: true });
        for (const [name, { schema }] of Object.entries(jsonFiles)) {
          const json = z.toJSONSchema(schema, { io: 'input' });
          writeFileSync(`${dir}${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
        }
      },
    },
  };
}
