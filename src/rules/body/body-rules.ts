import { answerLength } from './answer-length.ts';
import type { BodyRule } from './body-rule.ts';
import { components } from './components.ts';
import { emptyAnswer } from './empty-answer.ts';
import { footnotes } from './footnotes.ts';
import { headingLevels } from './heading-levels.ts';
import { images } from './images.ts';
import { linkForm } from './link-form.ts';
import { mdxCode } from './mdx-code.ts';
import { rawHtml } from './raw-html.ts';
import { selfLinks } from './self-links.ts';
import { zeroWidth } from './zero-width.ts';

/** Every rule about one body. A new rule is a file in this folder, added here. */
export const bodyRules: readonly BodyRule[] = [
  emptyAnswer,
  answerLength,
  headingLevels,
  linkForm,
  selfLinks,
  images,
  rawHtml,
  components,
  mdxCode,
  footnotes,
  zeroWidth,
];
