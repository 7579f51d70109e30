import { proseOnly } from './checks/source-file.ts';

/**
 * True when an MDX answer reads exactly the same as Markdown, so that the Markdown pipeline can render it.
 * MDX differs from Markdown only where its prose has JSX or HTML (`<`), expressions (`{` `}`), import or
 * export lines, or indentation that Markdown would take for a code block, and in neither does code inside
 * backticks or fences change. Anything this check cannot rule out, it leaves to MDX.
 */
export function readsAsMarkdown(body: string): boolean {
  const prose = proseOnly(body);
  return (
    !/[<{}]/.test(prose) &&
    !/^(?:import|export)\b/m.test(prose) &&
    !/^(?: {4}|\t)[ \t]*\S/m.test(prose) &&
    // A body opening with a thematic break would be mistaken for frontmatter by the Markdown renderer.
    !/^\s*---/.test(body)
  );
}
