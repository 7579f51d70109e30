import { siteRoutes } from '../../urls/routes.ts';
import type { SiteRule } from './site-model.ts';

const routeNames = new Set(siteRoutes.map((route) => route.name));

/**
 * Section ids, question ids and aliases share one namespace (they are all anchors and /q/ links), and none
 * may take a name the site uses for its own pages: a section called "search" would fight the search page.
 */
export const idCollisions: SiteRule = (model) => {
  const problems: ReturnType<SiteRule> = [];
  const owners = new Map<string, string>();
  const claim = (id: string, owner: string, file: string, kind: string, line?: number) => {
    if (routeNames.has(id)) {
      problems.push({
        file,
        line,
        message: `The ${kind} "${id}" is the name of one of the site's own pages (/${id}/).`,
        hint: `Choose another ${kind}: these names are taken by the site: ${[...routeNames].join(', ')}.`,
      });
      return;
    }
    const previous = owners.get(id);
    if (previous === owner && kind === 'alias') {
      problems.push({
        file,
        line,
        message: `The alias "${id}" is the question's own id.`,
        hint: 'Remove it: an alias is a former id that must keep landing here.',
      });
    } else if (previous) {
      problems.push({
        file,
        line,
        message: `The ${kind} "${id}" is already used by ${previous}.`,
        hint: 'Ids and aliases share one namespace (they are all anchors and /q/ links): choose another.',
      });
    } else {
      owners.set(id, owner);
    }
  };
  for (const section of model.sections) claim(section.id, `section "${section.id}"`, section.file, 'section id');
  for (const question of model.questions) claim(question.id, `question "${question.id}"`, question.file, 'question id');
  for (const question of model.questions) {
    question.aliases.forEach((alias, i) =>
      claim(alias, `question "${question.id}"`, question.file, 'alias', question.lines[`aliases[${i}]`]),
    );
  }
  return problems;
};
