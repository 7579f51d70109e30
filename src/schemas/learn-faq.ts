import { z } from 'astro/zod';

const text = (what: string, example: string) =>
  z
    .string({ error: `The ${what} must be text.` })
    .refine((value) => value.trim() !== '', `The ${what} is empty.`)
    .meta({ examples: [example] });

/** One question of a Learn FAQ, its text and answer in Learn's Markdown. */
const learnQuestionSchema = z.looseObject({
  /** The question, usually a block (`question: |`) of one line. */
  question: text('question', 'Does AKS offer a service-level agreement?'),
  /** The answer, in Learn's Markdown: relative links to other articles, `> [!NOTE]` callouts. */
  answer: text(
    'answer',
    'AKS provides SLA guarantees in the [Standard pricing tier](./free-standard-pricing-tiers.md).',
  ),
});

/**
 * A Microsoft Learn FAQ page as its repository keeps it (`### YamlMime:FAQ`): the fields the import and the
 * sync read. Learn's other fields (`metadata`, `additionalContent`, …) are allowed and left alone.
 */
export const learnFaqSchema = z.looseObject({
  /** The page's title, which becomes the site's. */
  title: text('title', 'AKS frequently asked questions'),
  /** A sentence or two about the page, which becomes the site's description. */
  summary: z
    .string({ error: 'The summary must be text.' })
    .optional()
    .meta({ examples: ['Answers about AKS.'] }),
  /** The page's sections in order, each with its questions. */
  sections: z
    .array(
      z.looseObject({
        /** The section's heading. */
        name: text('section name', 'Support'),
        /** Its questions, in order. */
        questions: z
          .array(learnQuestionSchema, { error: 'A section\'s "questions" is a list of question and answer pairs.' })
          .min(1, 'A section needs at least one question.'),
      }),
      { error: '"sections" is a list of sections, each with a "name" and its "questions".' },
    )
    .min(1, 'A FAQ needs at least one section.')
    .meta({ examples: [[{ name: 'Support', questions: [] }]] }),
});
