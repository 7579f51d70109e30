import { MAX_ALSO_ASKED, MAX_ALSO_ASKED_LENGTH, MAX_QUESTION_LENGTH } from '../../schemas/question.ts';
import { blockSizes } from '../../search/pagefind/section-layout.ts';
import { positionWords } from '../../search/pagefind/section-records.ts';
import type { BodyRule } from './body-rule.ts';

/**
 * The longest answer search holds, in words, whatever its question: search keeps each question and its
 * answer in a block of at most `blockSizes.at(-1)` positions (src/search/pagefind/section-layout.ts), with the
 * question (fewer words than its MAX_QUESTION_LENGTH characters) and the other ways of asking it (each fewer words
 * than half its characters, after a padding). No FAQ answer needs more.
 */
export const maxAnswerWords =
  blockSizes.at(-1)! - MAX_QUESTION_LENGTH - MAX_ALSO_ASKED * (Math.ceil(MAX_ALSO_ASKED_LENGTH / 2) + 1);

/** An answer too long for search's blocks. */
export const answerLength: BodyRule = ({ file, facts }) => {
  const words = file.collection === 'questions' ? positionWords(facts.plainText).length : 0;
  return words > maxAnswerWords
    ? [
        {
          file: file.file,
          line: facts.firstLine,
          message: `The answer is ${words} words long; search holds answers of up to ${maxAnswerWords} words.`,
          hint: 'Split it into several questions, each answering one thing, or link to a longer page.',
        },
      ]
    : [];
};
