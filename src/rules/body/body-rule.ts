import type { BodyFacts } from '../../pipeline/body-facts.ts';
import type { ContentFile } from '../../pipeline/content-file.ts';
import type { ContentProblem } from '../../pipeline/problems.ts';

/** What a rule about one file's body is given. */
export interface BodyContext {
  file: ContentFile;
  facts: BodyFacts;
  /** The components an MDX answer may use: the files of src/components/answer/. */
  components: readonly string[];
  /** The attributes a component takes (src/pipeline/answer-components.ts). */
  componentProps: (component: string) => readonly string[];
  /** The project's public/ folder, which serves absolute paths such as /diagram.png. */
  publicDir: string;
  /** The site's address from site.json, when it is valid: a link to it is a link to the site. */
  siteUrl: string | undefined;
}

/** A rule about what one Markdown or MDX body may contain; it reads the facts, never the text. */
export type BodyRule = (context: BodyContext) => ContentProblem[];

/** An element that is a block, written inside a line of text: browsers would break the paragraph apart around it. */
export const blockInText = (name: string): { message: string; hint: string } => ({
  message:
    `<${name}> is written inside a line of text, but it is a block: ` +
    'the page would put it inside a paragraph, which browsers break apart.',
  hint: `Put <${name}> on its own lines, with a blank line before and after.`,
});
