import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, resolve } from 'node:path';
import type TypeScript from 'typescript';
import { htmlAttributeName } from './html-fragment.ts';

/** The folder whose components an MDX answer may use, each named by its file: answer/Note.astro is <Note>. */
const ANSWER_COMPONENTS_DIR = 'src/components/answer';

/** The names of the answer components, read from their folder, which src/components/QuestionArticle.astro imports. */
export const answerComponentNames = (): string[] =>
  readdirSync(resolve(ANSWER_COMPONENTS_DIR))
    .filter((name) => extname(name) === '.astro')
    .map((name) => name.slice(0, -'.astro'.length));

/** The attributes an Astro component takes, as the body's facts name them: the members of its `Props` (or none). */
export function declaredProps(astroFile: string): string[] {
  // TypeScript's parser is loaded only when an answer gives a component attributes.
  const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;
  const script = astroFile.startsWith('---') ? astroFile.slice(3, astroFile.indexOf('\n---', 3)) : '';
  const tree = ts.createSourceFile('props.ts', script, ts.ScriptTarget.Latest);
  const members = tree.statements.flatMap((statement) => {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === 'Props') return [...statement.members];
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === 'Props' && ts.isTypeLiteralNode(statement.type))
      return [...statement.type.members];
    return [];
  });
  return members.flatMap((member) =>
    member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))
      ? [htmlAttributeName(member.name.text)]
      : [],
  );
}

/** The attributes an answer component takes; Astro drops every other one from the page without a word. */
export const answerComponentProps = (component: string): string[] =>
  declaredProps(readFileSync(resolve(ANSWER_COMPONENTS_DIR, `${component}.astro`), 'utf8'));
