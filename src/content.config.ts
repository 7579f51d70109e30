import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { questionSchema } from './schemas/question.ts';
import { sectionSchema } from './schemas/section.ts';
import { contentDir } from './lib/content-dir.ts';
import { answers } from './loaders/answers.ts';

const questions = defineCollection({
  loader: answers({ pattern: '*.{md,mdx}', base: join(contentDir(), 'questions') }),
  schema: questionSchema,
});

const sections = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: join(contentDir(), 'sections') }),
  schema: sectionSchema,
});

export const collections = { questions, sections };
