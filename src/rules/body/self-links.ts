import { urlKind } from '../../urls/url-kind.ts';
import type { BodyRule } from './body-rule.ts';

/**
 * An answer that links to its own question sends the reader back to where they are: most often a link copied
 * from another answer and not changed.
 */
export const selfLinks: BodyRule = ({ file, facts }) => {
  if (file.collection !== 'questions') return [];
  return facts.links.flatMap(({ url, line }) => {
    const kind = urlKind(url);
    if (kind.kind !== 'site') return [];
    const own = kind.path === `/q/${file.id}/` || (kind.fragment === file.id && !kind.path.startsWith('/q/'));
    if (!own) return [];
    return [
      {
        file: file.file,
        line,
        message: `The link "${url}" leads to this question itself.`,
        hint: 'Link the question you meant, as /q/<question-id>/, or remove the link.',
      },
    ];
  });
};
