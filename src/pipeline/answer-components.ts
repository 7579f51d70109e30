import { readdirSync } from 'node:fs';
import { extname, resolve } from 'node:path';

/** The folder whose components an MDX answer may use, each named by its file: answer/Note.astro is <Note>. */
export const ANSWER_COMPONENTS_DIR = 'src/components/answer';

/** The names of the answer components, read from their folder, which src/components/QuestionArticle.astro imports. */
export const answerComponentNames = (): string[] =>
  readdirSync(resolve(ANSWER_COMPONENTS_DIR))
    .filter((name) => extname(name) === '.astro')
    .map((name) => name.slice(0, -'.astro'.length));
