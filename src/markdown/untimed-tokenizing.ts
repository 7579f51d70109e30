import type { ShikiTransformer } from 'shiki';

/**
 * Shiki stops tokenizing a line once 500 ms of wall-clock time have passed (its `tokenizeTimeLimit`) and
 * leaves the rest of the line uncoloured. On a loaded build machine a line can take that long, the first
 * one of a language above all, since it compiles the grammar: the same code block then came out coloured in
 * one build and plain in the next. Without the limit a build gives the same page every time; the site's
 * own content is what is highlighted, so there is no hostile input to cut short.
 */
export const untimedTokenizing: ShikiTransformer = {
  name: 'faq-untimed-tokenizing',
  preprocess(code, options) {
    options.tokenizeTimeLimit = 0;
    return code;
  },
};
