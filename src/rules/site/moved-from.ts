import type { SiteRule } from './site-model.ts';

/** A question's `movedFrom` names sections that exist and that it has left: their pages point on to it. */
export const movedFrom: SiteRule = (model) => {
  const sectionIds = new Set(model.sections.map((s) => s.id));
  const home = new Map(model.sections.flatMap((s) => s.questions.map((id) => [id, s.id] as const)));
  return model.questions.flatMap((question) =>
    question.movedFrom.flatMap((section, i) => {
      const line = question.lines[`movedFrom[${i}]`];
      if (section === home.get(question.id))
        return [
          {
            file: question.file,
            line,
            message: `"movedFrom" names "${section}", the section the question is in now.`,
            hint: `Remove "${section}" from "movedFrom": it lists only sections the question has left.`,
          },
        ];
      if (!sectionIds.has(section))
        return [
          {
            file: question.file,
            line,
            message: `"movedFrom" names section "${section}", which does not exist.`,
            hint:
              "Remove it (a section that is gone has no page to keep the question's anchors), " +
              `or use one of: ${[...sectionIds].join(', ')}.`,
          },
        ];
      return [];
    }),
  );
};
