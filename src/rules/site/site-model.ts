import type { HeadingFact, LinkFact } from '../../pipeline/body-facts.ts';
import type { ContentProblem } from '../../pipeline/problems.ts';
import type { FieldLines } from '../../pipeline/validate.ts';
import type { PublishedIds } from '../../schemas/published-ids.ts';

/** What every file contributes to the rules that span files. */
interface ModelFile {
  id: string;
  file: string;
  /** The file line of each front-matter field and list item (`questions[2]`, `aliases[0]`). */
  lines: FieldLines;
  headings: HeadingFact[];
  links: LinkFact[];
}

/** The whole content as the cross-file rules see it: ids, who lists whom, and what each body links to. */
export interface SiteModel {
  /** Each question, its text and earlier wordings as plain text (what their Learn-style anchors are made of). */
  questions: (ModelFile & {
    aliases: string[];
    text: string | undefined;
    formerly: string[];
    /** The text the upstream FAQ last gave it (upstream.json), if it was synced. */
    upstreamText: string | undefined;
    movedFrom: string[];
  })[];
  sections: (ModelFile & {
    order: number | undefined;
    questions: string[];
    /** Its questions list was read: not when the file is not UTF-8, its YAML is broken or the field is misspelt. */
    questionsRead: boolean;
  })[];
  /** Every fragment the site's anchor map lands (src/urls/anchor-map.ts), mapped to its path under `/`. */
  anchors: Record<string, string>;
  registry: PublishedIds;
  registryFile: string;
  registryLines: FieldLines;
  /** Learn-style anchors (slugs of the question text) land too. */
  learnStyleAnchors: boolean;
  /** Each synced section's names upstream (upstream.json), by id, the current one first. */
  upstreamSectionNames: Map<string, string[]>;
  /** The site has the page of all questions (`/all/`), where every section's headings meet. */
  allQuestionsPage: boolean;
}

/** A rule that spans files: it reads the model, never a file. */
export type SiteRule = (model: SiteModel) => ContentProblem[];
