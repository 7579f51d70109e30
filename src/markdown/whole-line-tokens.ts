import type { ShikiTransformer } from 'shiki';

/**
 * How long Shiki may take to tokenize one line of code. Its default, 500 ms, leaves the rest of a slower line
 * uncoloured; the first line of each language is slow, since the grammar's patterns compile then, and on a
 * busy build machine it crosses 500 ms now and then: the same code came out coloured in one answer and
 * plain in the next. A build waits instead, up to a limit that still stops a runaway pattern.
 */
export const lineTokenizeTimeLimitMs = 20_000;

/** Gives every highlighted block the time limit above (the options Shiki reads right after this hook). */
export const wholeLineTokens: ShikiTransformer = {
  name: 'faq-whole-line-tokens',
  preprocess(code, options) {
    options.tokenizeTimeLimit = lineTokenizeTimeLimitMs;
    return code;
  },
};
