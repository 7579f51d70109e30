import { didYouMean } from '../../pipeline/nearest.ts';
import type { ElementFact } from '../../pipeline/body-facts.ts';
import { blockInText, type BodyContext, type BodyRule } from './body-rule.ts';

/** Attributes a component does not take, which Astro would drop from the page without a word. */
function unknownAttributes(file: string, element: ElementFact, componentProps: BodyContext['componentProps']) {
  const given = Object.keys(element.attributes);
  if (given.length === 0) return [];
  const takes = componentProps(element.name);
  const unknown = given.filter((name) => !takes.includes(name));
  if (unknown.length === 0) return [];
  return [
    {
      file,
      line: element.line,
      message:
        `<${element.name}> does not take ${unknown.join(', ')}: ` +
        `the page would drop ${unknown.length === 1 ? 'it' : 'them'} without a word.`,
      hint:
        takes.length === 0
          ? `Remove ${unknown.join(', ')}: <${element.name}> takes no attributes.`
          : `Remove ${unknown.join(', ')}: <${element.name}> takes ${takes.join(', ')}.`,
    },
  ];
}

/**
 * Components (`<Note>`) exist only in MDX answers, and only those in src/components/answer/; each is a block, so it
 * stands on lines of its own: inside a line of text it would put its box inside a paragraph, which browsers break up.
 */
export const components: BodyRule = ({ file, facts, components: known, componentProps }) => {
  const list = known.map((name) => `<${name}>`).join(', ');
  // A section introduction has no components, in a .md file or an .mdx one.
  const inSection = (component: string, line: number) => [
    {
      file: file.file,
      line,
      message: `A section introduction cannot use <${component}>: components are for answers.`,
      hint: 'Write the introduction in Markdown, or move the callout into an answer.',
    },
  ];
  return facts.elements.flatMap((element) => {
    if (element.syntax === 'html') {
      const component = known.find((name) => name.toLowerCase() === element.name);
      if (component && file.collection === 'sections') return inSection(component, element.line);
      return component
        ? [
            {
              file: file.file,
              line: element.line,
              message: `<${component}> is a component, and components work only in .mdx files.`,
              hint: `Rename the file to ${file.id}.mdx.`,
            },
          ]
        : [];
    }
    if (known.includes(element.name)) {
      if (file.collection === 'sections') return inSection(element.name, element.line);
      if (element.inText) return [{ file: file.file, line: element.line, ...blockInText(element.name) }];
      return unknownAttributes(file.file, element, componentProps);
    }
    const meant = known.find((name) => name.toLowerCase() === element.name);
    if (meant)
      return [
        {
          file: file.file,
          line: element.line,
          message: `<${element.name}> is not a component: components start with a capital.`,
          hint: `Write <${meant}>.`,
        },
      ];
    if (element.name === element.name.toLowerCase()) return [];
    return [
      {
        file: file.file,
        line: element.line,
        message: `The component <${element.name}> does not exist.${didYouMean(element.name, known)}`,
        hint: `Answers can use: ${list}. A new one goes in src/components/answer/.`,
      },
    ];
  });
};
