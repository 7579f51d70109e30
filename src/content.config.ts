import { defineCollection } from 'astro:content';
import { collectionSchemas } from './schemas/collections.ts';
import { contentLoader } from './loaders/content-loader.ts';

const questions = defineCollection({ loader: contentLoader('questions'), schema: collectionSchemas.questions });

const sections = defineCollection({ loader: contentLoader('sections'), schema: collectionSchemas.sections });

export const collections = { questions, sections };
