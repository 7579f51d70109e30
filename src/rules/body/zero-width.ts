import { quotedVisibly } from '../../utils/visible-text.ts';
import type { BodyRule } from './body-rule.ts';

/**
 * A zero-width character in the text: it cannot be seen, yet it keeps a link, an image or emphasis around it from being
 * read as Markdown, and a word with it from being found.
 */
export const zeroWidth: BodyRule = ({ file, facts }) =>
  facts.zeroWidth.map(({ line, character }) => ({
    file: file.file,
    line,
    message:
      `The text has a character that does not show, ${quotedVisibly(character)}: ` +
      'Markdown around it is shown as written, and search does not find the word it is in.',
    hint: 'Delete it (retype the characters on either side of it), or paste the text again as plain text.',
  }));
