import { questionSchema } from './question.ts';
import { sectionSchema } from './section.ts';

/** The schema of each collection's front matter. */
export const collectionSchemas = { questions: questionSchema, sections: sectionSchema };

export type Collection = keyof typeof collectionSchemas;
