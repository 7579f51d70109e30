import { fitsAllQuestionsPage } from '../schemas/site.ts';
import { site } from '../settings/site.ts';

/**
 * Whether the FAQ gets the page of all its questions (`/all/`): only up to `allQuestionsPageLimit` questions
 * (site.json), beyond which its section pages and search serve instead.
 */
export const hasAllQuestionsPage = (questionCount: number) =>
  fitsAllQuestionsPage(questionCount, site.allQuestionsPageLimit);

/** How many questions the sections hold. */
export const questionCount = (sections: readonly { questions: readonly unknown[] }[]) =>
  sections.reduce((count, section) => count + section.questions.length, 0);
