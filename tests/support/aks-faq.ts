import { test } from '@playwright/test';
import { readContent, readSiteSettings } from './content.ts';

const AKS_SOURCE = 'https://learn.microsoft.com/azure/aks/faq';
const settings = readSiteSettings();

/**
 * Whether the content folder is the AKS FAQ, whose questions tests/aks/ is about: its site.json credits the AKS FAQ on
 * Learn.
 */
const isAksFaq = settings.source?.url === AKS_SOURCE;

/** The AKS FAQ's sections and questions, read from the content folder; none when the content is another FAQ. */
export const aksSections = isAksFaq ? readContent() : [];
export const aksQuestions = aksSections.flatMap((section) =>
  section.questions.map((question) => ({ ...question, section: section.id })),
);

/** Skips the tests of the calling file unless the content is the AKS FAQ, and says why. */
export function aksFaqOnly() {
  test.skip(
    !isAksFaq,
    `tests/aks/ checks the AKS FAQ's own questions, and this content is another FAQ ("${settings.title}", whose site.json credits ${settings.source?.url ?? 'no source'}, not ${AKS_SOURCE}).`,
  );
}
