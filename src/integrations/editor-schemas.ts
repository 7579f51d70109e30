import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonFiles } from '../schemas/json-files.ts';

/**
 * A list that its schema also reads from one item (a preprocess that wraps it: the concept map's `"k8s": "kubernetes"`)
 * is written either way; Zod describes only the list.
 */
function oneOrList({
  zodSchema,
  jsonSchema,
}: {
  zodSchema: z.core.$ZodTypes;
  jsonSchema: z.core.JSONSchema.BaseSchema;
}) {
  const { def } = zodSchema._zod;
  const { items } = jsonSchema;
  if (def.type !== 'pipe' || def.in._zod.def.type !== 'transform' || typeof items !== 'object' || Array.isArray(items))
    return;
  const list = { ...jsonSchema };
  for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
  jsonSchema.anyOf = [items, list];
}

/** The JSON schema editors check a content folder's JSON file against: what its schema accepts as written. */
export const editorSchema = (name: keyof typeof jsonFiles) =>
  z.toJSONSchema(jsonFiles[name].schema, { io: 'input', override: oneOrList });

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
        for (const name of Object.keys(jsonFiles) as (keyof typeof jsonFiles)[])
          writeFileSync(`${dir}${name}.schema.json`, `${JSON.stringify(editorSchema(name), null, 2)}\n`);
      },
    },
  };
}
