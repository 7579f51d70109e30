import { shownQuestion } from '../schemas/question-markdown.ts';
import { anchorsLandingOn } from '../urls/anchor-map.ts';
import { permalinkPath, questionPath } from '../settings/site-urls.ts';
import type { FaqModel } from './faq-model.ts';

/** A question that was on a section's page and is not any more: moved to another section, or retired. */
export interface Departed {
  /** The fragments that used to land on it on this page (its id, aliases, Learn-style slugs): they still do here. */
  anchors: string[];
  /** The question as HTML; undefined for a retired question whose last text the registry does not keep. */
  html: string | undefined;
  /** Where it is now: its place in its new section, or its removal page. */
  path: string;
  /** The section it moved to; undefined when it was removed. */
  movedTo: string | undefined;
}

/**
 * The questions that left a section's page, so that their links to that page still lead somewhere without
 * JavaScript: the questions whose `movedFrom` names it, and the ids retired from it.
 */
export function departedFrom(model: FaqModel, sectionId: string): Departed[] {
  const moved = model.sections.flatMap((section) =>
    section.questions
      .filter((question) => question.movedFrom.includes(sectionId))
      .map((question) => {
        const path = questionPath(question);
        return {
          anchors: [question.id, ...anchorsLandingOn(model.anchors, path).filter((a) => a !== question.id)],
          html: question.html,
          path,
          movedTo: section.title,
        };
      }),
  );
  const retired = Object.entries(model.retired)
    .filter(([, removal]) => removal.section === sectionId)
    .map(([id, removal]) => {
      const path = permalinkPath(id);
      const anchors = [id, ...anchorsLandingOn(model.anchors, path).filter((a) => a !== id)];
      const html = removal.question === undefined ? undefined : shownQuestion(removal.question).html;
      return { anchors, html, path, movedTo: undefined };
    });
  return [...moved, ...retired];
}
