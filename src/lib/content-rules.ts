import type { ContentProblem } from './content-error.ts';
import type { PublishedIds } from '../schemas/published-ids.ts';

/** The shape of the content the cross-file rules need: ids, files and who lists whom. */
export interface ContentModel {
  questions: { id: string; file: string; aliases: string[] }[];
  sections: { id: string; file: string; questions: string[] }[];
}

/** Checks the rules that span files: every question in exactly one section, every id unique. */
export function crossFileProblems(model: ContentModel): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (model.questions.length === 0) {
    problems.push({
      file: 'questions/',
      message: 'There are no questions: the questions folder is empty or missing.',
      hint: 'Add at least one questions/<question-id>.md file.',
    });
  }
  if (model.sections.length === 0) {
    problems.push({
      file: 'sections/',
      message: 'There are no sections: the sections folder is empty or missing.',
      hint: 'Add at least one sections/<section-id>.md file that lists its questions.',
    });
  }

  const questionFiles = new Map(model.questions.map((q) => [q.id, q.file]));
  const listedIn = new Map<string, string[]>();
  for (const section of model.sections) {
    const seen = new Set<string>();
    for (const id of section.questions) {
      if (seen.has(id)) {
        problems.push({
          file: section.file,
          message: `Question "${id}" is listed twice in section "${section.id}".`,
          hint: 'Remove the second entry.',
        });
        continue;
      }
      seen.add(id);
      listedIn.set(id, [...(listedIn.get(id) ?? []), section.id]);
      if (!questionFiles.has(id)) {
        problems.push({
          file: section.file,
          message: `Section "${section.id}" lists question "${id}", but there is no questions/${id}.md or .mdx.`,
          hint: `Create the question file, or correct the id in the section's "questions" list.`,
        });
      }
    }
  }

  for (const question of model.questions) {
    const sections = listedIn.get(question.id) ?? [];
    if (sections.length === 0) {
      problems.push({
        file: question.file,
        message: `Question "${question.id}" is not listed in any section, so no page would show it.`,
        hint: `Add "${question.id}" to the "questions" list of one section.`,
      });
    } else if (sections.length > 1) {
      problems.push({
        file: question.file,
        message: `Question "${question.id}" is listed in ${sections.length} sections (${sections.join(', ')}).`,
        hint: 'A question lives in exactly one section: remove it from all but one.',
      });
    }
  }

  problems.push(...idCollisions(model));
  return problems;
}

function idCollisions(model: ContentModel): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owners = new Map<string, string>();
  const claim = (id: string, owner: string, file: string, kind: string) => {
    const previous = owners.get(id);
    if (previous) {
      problems.push({
        file,
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
    for (const alias of question.aliases) {
      claim(alias, `question "${question.id}"`, question.file, 'alias');
    }
  }
  return problems;
}

/** Every id ever published must still land: on a question (as its id or an alias) or on a removal page. */
export function publishedIdProblems(model: ContentModel, registry: PublishedIds, registryFile: string): ContentProblem[] {
  const live = new Set(model.questions.flatMap((q) => [q.id, ...q.aliases]));
  const sections = new Set(model.sections.map((s) => s.id));
  const problems: ContentProblem[] = [];
  for (const id of registry.published) {
    if (!live.has(id) && !(id in registry.retired)) {
      problems.push({
        file: registryFile,
        message: `The published id "${id}" no longer resolves to any question: links to /q/${id}/ and #${id} would break.`,
        hint: `If a question replaced it, add "${id}" to that question's "aliases". If it was deleted on purpose, retire it in ${registryFile.split('/').pop()}: "retired": { "${id}": { "section": "<section-id>" } }.`,
      });
    }
  }
  for (const [id, retired] of Object.entries(registry.retired)) {
    if (live.has(id)) {
      problems.push({
        file: registryFile,
        message: `"${id}" is retired but a question still uses it as its id or an alias.`,
        hint: `Remove "${id}" from "retired", or from the question that uses it.`,
      });
    }
    if (retired.section && !sections.has(retired.section)) {
      problems.push({
        file: registryFile,
        message: `Retired id "${id}" points at section "${retired.section}", which does not exist.`,
        hint: `Use one of: ${[...sections].join(', ')}.`,
      });
    }
  }
  return problems;
}
