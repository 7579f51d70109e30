import { maxAnswerWords } from '../../src/rules/body/answer-length.ts';

/** One mistake a writer can make, as a change to a copy of tests/fixtures/site, and the problem it must give. */
export interface Mistake {
  name: string;
  changes: Record<string, string | Uint8Array | null>;
  /** The file named in the problem, relative to the content folder. */
  file: string;
  line?: number;
  message: string;
  hint: string;
  /** How many problems the change gives in all, when one mistake has a second, real consequence. */
  count?: number;
}

/** A question file: front matter, then the answer, which starts on line 5 for one field. */
export const question = (frontmatter: string, body = 'An answer.') => `---\n${frontmatter}\n---\n\n${body}\n`;
/** A section file listing the given ids. */
export const section = (title: string, order: number, ids: string[], intro = '') =>
  `---\ntitle: "${title}"\norder: ${order}\nsummary: "Questions for a test."\nquestions:\n${ids.map((id) => `  - ${id}`).join('\n')}\n---\n${intro}`;
/** The fixture's question "reworded" (section alpha, line 5 is its answer) with another answer. */
const answer = (body: string) => ({ 'questions/reworded.md': question('question: "How?"', body) });
const mdxAnswer = (body: string) => ({ 'questions/moved.md': null, 'questions/moved.mdx': question('question: "Resize?"', body) });
/** The questions of the fixture's sections after the ones a mistake rewrites, so that nothing else is left out. */
const alphaRest = ['upgrade-cluster', 'scale-to-zero', 'time-sync'];
const betaRest = ['node-pool-upgrades', 'system-pools'];
const betaList = ['moved', ...betaRest].map((id) => `  - ${id}`).join('\n');
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

export const mistakes: Mistake[] = [
  // The file itself
  { name: 'bytes that are not UTF-8', changes: { 'questions/reworded.md': latin1(question('question: "How?"', 'Line one.\n\nCaf\xe9 au lait.')) }, file: 'questions/reworded.md', line: 7, message: 'The file is not valid UTF-8: byte 0xe9', hint: 'Save the file as UTF-8' },
  { name: 'a file saved as UTF-16', changes: { 'questions/reworded.md': Uint8Array.from([0xff, 0xfe, ...[...question('question: "How?"')].flatMap((c) => [c.charCodeAt(0), 0])]) }, file: 'questions/reworded.md', line: 1, message: 'saved as UTF-16', hint: 'Save the file as UTF-8' },
  { name: 'an empty file', changes: { 'questions/reworded.md': '\n' }, file: 'questions/reworded.md', message: 'The file is empty.', hint: 'delete the file' },
  { name: 'a file with another extension', changes: { 'questions/extra.markdown': question('question: "Extra?"') }, file: 'questions/extra.markdown', message: 'is not a .md or .mdx file', hint: 'Rename it to extra.md' },
  { name: 'an upper-case extension', changes: { 'questions/extra.MD': question('question: "Extra?"') }, file: 'questions/extra.MD', message: 'is not a .md or .mdx file', hint: 'Rename it to extra.md' },
  { name: 'a file name that is not an id', changes: { 'questions/My Question.md': question('question: "Mine?"') }, file: 'questions/My Question.md', message: 'is not a valid id', hint: 'rename it to my-question.md' },
  { name: 'one id as .md and .mdx', changes: { 'questions/moved.mdx': question('question: "Again?"') }, file: 'questions/moved.mdx', message: 'Both moved.md and moved.mdx exist', hint: 'Keep one of them' },
  { name: 'a question file in a subfolder', changes: { 'questions/more/deep.md': question('question: "Deep?"') }, file: 'questions/more', message: 'files in subfolders are not part of the site', hint: 'Move its files up' },

  // Front matter
  { name: 'no front matter', changes: { 'questions/reworded.md': 'How do I reach it?\n\nWith the FQDN.\n' }, file: 'questions/reworded.md', line: 1, message: 'The file has no front matter.', hint: 'question: "Can I use my own DNS server?"' },
  { name: 'front matter after a blank line', changes: { 'questions/reworded.md': `\n${question('question: "How?"')}` }, file: 'questions/reworded.md', line: 1, message: 'The file has no front matter.', hint: 'on its very first line' },
  { name: 'front matter that is never closed', changes: { 'questions/reworded.md': '---\nquestion: "How?"\n\nThe answer.\n' }, file: 'questions/reworded.md', line: 1, message: 'The front matter is not closed.', hint: 'Add a line with only ---' },
  { name: 'front matter that is not YAML', changes: { 'questions/reworded.md': question('question: "Unclosed quote\naliases: [a, b]') }, file: 'questions/reworded.md', line: 3, message: 'The front matter is not valid YAML: Missing closing "quote', hint: 'Check the quotes' },
  { name: 'a field written twice', changes: { 'questions/reworded.md': question('question: "How?"\nquestion: "Why?"') }, file: 'questions/reworded.md', line: 3, message: 'Map keys must be unique', hint: 'Check the quotes' },
  { name: 'front matter that is a list', changes: { 'questions/reworded.md': question('- question\n- answer') }, file: 'questions/reworded.md', line: 2, message: 'must be fields', hint: 'question: "Can I use my own DNS server?"' },
  { name: 'a missing question', changes: { 'questions/reworded.md': question('updated: 2026-01-01') }, file: 'questions/reworded.md', line: 2, message: 'The required field "question" is missing.', hint: 'question: "Can I use my own DNS server?"' },
  { name: 'a misspelt field', changes: { 'questions/reworded.md': question('question: "How?"\nupdatd: 2026-01-01') }, file: 'questions/reworded.md', line: 3, message: 'Unknown field "updatd". Did you mean "updated"?', hint: 'The fields are: question, aliases, updated' },
  { name: 'a field of the wrong type', changes: { 'questions/renamed.md': question('question: "Which image?"\naliases: old-name') }, file: 'questions/renamed.md', line: 3, message: 'aliases: List the aliases in square brackets', hint: 'aliases: [custom-dns]' },
  { name: 'a question that is not text', changes: { 'questions/reworded.md': question('question: 42') }, file: 'questions/reworded.md', line: 2, message: 'The question must be text in quotes.', hint: 'question: "Can I use my own DNS server?"' },
  { name: 'an empty question', changes: { 'questions/reworded.md': question('question: "  "') }, file: 'questions/reworded.md', line: 2, message: 'The question text is empty.', hint: 'question: "Can I use my own DNS server?"' },
  { name: 'a question with a trailing space', changes: { 'questions/reworded.md': question('question: "How do I reach it? "') }, file: 'questions/reworded.md', line: 2, message: 'starts or ends with a space', hint: 'question:' },
  { name: 'a question on several lines', changes: { 'questions/reworded.md': question('question: |\n  How do I\n  reach it?') }, file: 'questions/reworded.md', line: 2, message: 'runs over several lines', hint: 'question:' },
  { name: 'a question over 200 characters', changes: { 'questions/reworded.md': question(`question: "${'Why '.repeat(60)}?"`) }, file: 'questions/reworded.md', line: 2, message: 'The question text is 241 characters long; the limit is 200.', hint: 'question:' },
  { name: 'an alias that is not an id', changes: { 'questions/renamed.md': question('question: "Which image?"\naliases: [old-name, Old_Name]') }, file: 'questions/renamed.md', line: 3, message: 'aliases[1]: An id is lowercase words', hint: 'aliases: [custom-dns]' },
  { name: 'an alias listed twice', changes: { 'questions/renamed.md': question('question: "Which image?"\naliases:\n  - old-name\n  - old-name') }, file: 'questions/renamed.md', line: 5, message: 'aliases[1]: "old-name" is listed twice', hint: 'aliases: [custom-dns]' },
  { name: 'a date that does not exist', changes: { 'questions/reworded.md': question('question: "How?"\nupdated: 2026-02-30') }, file: 'questions/reworded.md', line: 3, message: 'Write the date as YYYY-MM-DD', hint: 'updated: "2026-11-25"' },
  { name: 'a date in the future', changes: { 'questions/reworded.md': question('question: "How?"\nupdated: 2999-01-01') }, file: 'questions/reworded.md', line: 3, message: 'The date is in the future', hint: 'updated:' },

  // Section files
  { name: 'a section without a title', changes: { 'sections/beta.md': `---\ntitle: ""\norder: 2\nsummary: "Moved."\nquestions:\n${betaList}\n---\n` }, file: 'sections/beta.md', line: 2, message: 'title: The title is empty.', hint: 'title: "Networking"' },
  { name: 'a section order that is not a number', changes: { 'sections/beta.md': `---\ntitle: "Beta"\norder: second\nsummary: "Moved."\nquestions:\n${betaList}\n---\n` }, file: 'sections/beta.md', line: 3, message: 'order: The order is a whole number', hint: 'order: 3' },
  { name: 'a section listing a question twice', changes: { 'sections/alpha.md': section('Alpha', 1, ['reworded', 'renamed', 'reworded', ...alphaRest]) }, file: 'sections/alpha.md', line: 8, message: 'questions[2]: "reworded" is listed twice', hint: 'questions: [own-dns-server]' },
  { name: 'a section listing a file name instead of an id', changes: { 'sections/beta.md': section('Beta', 2, ['moved.md', ...betaRest]) }, file: 'sections/beta.md', line: 6, message: 'questions[0]: An id is lowercase words', hint: 'questions: [own-dns-server]', count: 2 },
  { name: 'a section with no questions', changes: { 'sections/delta.md': '---\ntitle: "Delta"\norder: 4\nsummary: "Empty."\nquestions: []\n---\n' }, file: 'sections/delta.md', line: 5, message: 'A section needs at least one question', hint: 'questions: [own-dns-server]' },
  { name: 'a section listing an id that has no file', changes: { 'sections/alpha.md': section('Alpha', 1, ['reworded', 'renamed', 'ghost', ...alphaRest]) }, file: 'sections/alpha.md', line: 8, message: 'Section "alpha" lists question "ghost", but there is no questions/ghost.md', hint: 'Create the question file' },
  { name: 'a section listing an alias instead of the id', changes: { 'sections/alpha.md': section('Alpha', 1, ['reworded', 'old-name', ...alphaRest]) }, file: 'sections/alpha.md', line: 7, message: 'lists "old-name", which is an alias of question "renamed"', hint: 'List "renamed" instead.', count: 2 },
  { name: 'a section named like a page of the site', changes: { 'sections/beta.md': null, 'sections/search.md': section('Beta', 2, ['moved', ...betaRest]) }, file: 'sections/search.md', message: 'The section id "search" is the name of one of the site\'s own pages (/search/).', hint: 'Choose another section id' },
  { name: 'two sections in the same place', changes: { 'sections/beta.md': section('Beta', 1, ['moved', ...betaRest]) }, file: 'sections/beta.md', line: 3, message: 'Sections "alpha" and "beta" both have order 1', hint: 'its own order number' },

  // Ids across files
  { name: 'a question named like a page of the site', changes: { 'questions/all.md': question('question: "Everything?"'), 'sections/beta.md': section('Beta', 2, ['moved', 'all', ...betaRest]) }, file: 'questions/all.md', message: 'The question id "all" is the name of one of the site\'s own pages', hint: 'Choose another question id' },
  { name: 'a question in no section', changes: { 'questions/orphan.md': question('question: "Where do I go?"') }, file: 'questions/orphan.md', message: 'Question "orphan" is not listed in any section', hint: 'Add "orphan" to the "questions" list of one section' },
  { name: 'a question in two sections', changes: { 'sections/alpha.md': section('Alpha', 1, ['reworded', 'renamed', 'moved', ...alphaRest]) }, file: 'questions/moved.md', message: 'Question "moved" is listed in 2 sections (alpha, beta)', hint: 'remove it from all but one' },
  { name: 'an alias that is the id of another question', changes: { 'questions/renamed.md': question('question: "Which image?"\naliases: [old-name, moved]') }, file: 'questions/renamed.md', line: 3, message: 'The alias "moved" is already used by question "moved"', hint: 'choose another' },
  { name: 'an alias that is the question\'s own id', changes: { 'questions/renamed.md': question('question: "Which image?"\naliases: [old-name, renamed]') }, file: 'questions/renamed.md', line: 3, message: 'The alias "renamed" is the question\'s own id.', hint: 'Remove it' },
  { name: 'two questions asking the same', changes: { 'questions/moved.md': question('question: "How do I reach the API server from a pod?"') }, file: 'questions/reworded.md', line: 2, message: 'Question "reworded" asks the same as question "moved"', hint: 'Merge the answers' },
  { name: 'a published id that no longer resolves', changes: { 'questions/renamed.md': question('question: "Which image?"') }, file: 'published-ids.json', line: 2, message: 'The published id "old-name" no longer resolves to any question', hint: 'add "old-name" to that question\'s "aliases"' },
  { name: 'a retired id still in use', changes: { 'questions/renamed.md': question('question: "Which image?"\naliases: [old-name, gone]') }, file: 'published-ids.json', line: 4, message: '"gone" is retired but a question still uses it', hint: 'Remove "gone" from "retired"' },
  { name: 'a retired id whose section does not exist', changes: { 'published-ids.json': '{\n  "published": ["gone", "moved", "old-name", "reworded"],\n  "retired": {\n    "gone": { "section": "delta" }\n  }\n}\n' }, file: 'published-ids.json', line: 4, message: 'Retired id "gone" points at section "delta", which does not exist.', hint: 'Use one of: alpha, beta, gamma.' },
  { name: 'published-ids.json that is not JSON', changes: { 'published-ids.json': '{\n  "published": ["gone", "moved",]\n}\n' }, file: 'published-ids.json', line: 2, message: 'The file is not valid JSON', hint: 'none after the last' },
  { name: 'published-ids.json with a wrong field', changes: { 'published-ids.json': '{\n  "published": ["gone", "moved", "old-name", "reworded"],\n  "retired": {\n    "gone": { "section": "alpha", "reason": "x" }\n  }\n}\n' }, file: 'published-ids.json', line: 4, message: 'Unknown field "retired.gone.reason"', hint: 'Remove "reason"' },
  { name: 'a concept-map entry with an empty list', changes: { 'concept-map.json': '{\n  "AZ": "availability zone",\n  "node pool": []\n}\n' }, file: 'concept-map.json', line: 3, message: '"node pool": The list of phrases is empty', hint: 'Correct this entry; entries look like this:' },
  { name: 'site.json that is not JSON', changes: { 'site.json': '{\n  "title": "Fixture FAQ"\n  "url": "https://faq.example.org"\n}\n' }, file: 'site.json', line: 3, message: 'The file is not valid JSON', hint: 'a comma between entries' },
  { name: 'a site address that is not one', changes: { 'site.json': '{\n  "title": "Fixture FAQ",\n  "description": "Tests.",\n  "url": "faq.example.org"\n}\n' }, file: 'site.json', line: 4, message: 'url: The site address must be a full address, starting with https://.', hint: '"url": "https://aks-faq.example.org"' },
  { name: 'a misspelt setting', changes: { 'site.json': '{\n  "title": "Fixture FAQ",\n  "description": "Tests.",\n  "url": "https://faq.example.org",\n  "learnStyleAnchor": true\n}\n' }, file: 'site.json', line: 5, message: 'Unknown field "learnStyleAnchor". Did you mean "learnStyleAnchors"?', hint: 'The fields are: title' },

  // The answer
  { name: 'an empty answer', changes: { 'questions/reworded.md': '---\nquestion: "How?"\n---\n\n' }, file: 'questions/reworded.md', line: 4, message: 'The answer is empty.', hint: 'Write the answer' },
  { name: 'an answer longer than search holds', changes: answer(`${'Word '.repeat(maxAnswerWords)}and more.`), file: 'questions/reworded.md', line: 4, message: `The answer is ${maxAnswerWords + 2} words long; search holds answers of up to ${maxAnswerWords} words.`, hint: 'Split it into several questions' },
  { name: 'an answer that is only a comment', changes: answer('<!-- TODO: write the answer -->'), file: 'questions/reworded.md', line: 4, message: 'The answer is empty.', hint: 'Write the answer' },
  { name: 'MDX with an unclosed tag', changes: mdxAnswer('First paragraph.\n\n<Note>\nNever closed.'), file: 'questions/moved.mdx', line: 7, message: 'The MDX does not compile: Expected a closing tag for `<Note>`', hint: 'Close every tag' },
  { name: 'MDX with a stray {', changes: mdxAnswer('Fine.\n\nBroken { here.'), file: 'questions/moved.mdx', line: 7, message: 'The MDX does not compile: Unexpected end of file in expression', hint: 'write a literal { or < as \\{' },
  { name: 'MDX with an HTML comment', changes: mdxAnswer('Fine.\n\n<!-- note to self -->'), file: 'questions/moved.mdx', line: 7, message: 'The MDX does not compile: Unexpected character `!`', hint: 'Close every tag' },
  { name: 'MDX using a component that does not exist', changes: mdxAnswer('<Nte>\nA typo.\n</Nte>'), file: 'questions/moved.mdx', line: 5, message: 'The component <Nte> does not exist. Did you mean "Note"?', hint: 'Answers can use: <Note>' },
  { name: 'a component written in lower case', changes: mdxAnswer('<note>\nCareful.\n</note>'), file: 'questions/moved.mdx', line: 5, message: '<note> is not a component: components start with a capital.', hint: 'Write <Note>.' },
  { name: 'a footnote', changes: answer('As documented[^1].\n\n[^1]: In the AKS docs.'), file: 'questions/reworded.md', line: 5, message: 'The answer uses a footnote', hint: 'Say it in the text' },
  { name: 'a component in a section introduction', changes: { 'sections/beta.md': null, 'sections/beta.mdx': section('Beta', 2, ['moved', ...betaRest], '\n<Note>\nRead this first.\n</Note>\n') }, file: 'sections/beta.mdx', line: 11, message: 'A section introduction cannot use <Note>', hint: 'Write the introduction in Markdown' },
  { name: 'a component in a .md file', changes: answer('<Note>\nCareful.\n</Note>'), file: 'questions/reworded.md', line: 5, message: '<Note> is a component, and components work only in .mdx files.', hint: 'Rename the file to reworded.mdx' },
  { name: 'an MDX expression', changes: mdxAnswer('Two is {1 + 1}.'), file: 'questions/moved.mdx', line: 5, message: 'The answer contains MDX code', hint: 'Write a literal brace as \\{' },
  { name: 'an MDX import', changes: mdxAnswer("import Chart from '../chart.astro';\n\nText."), file: 'questions/moved.mdx', line: 5, message: 'The answer contains MDX code', hint: 'without importing them' },
  { name: 'an MDX attribute in braces', changes: mdxAnswer('<Note title={42}>\nCareful.\n</Note>'), file: 'questions/moved.mdx', line: 5, message: 'The answer contains MDX code', hint: 'give attributes as text in quotes' },

  // Links
  { name: 'a javascript: link', changes: answer('[Click here](javascript:alert(1))'), file: 'questions/reworded.md', line: 5, message: 'The link "javascript:alert(1)" uses the javascript: scheme', hint: 'Link to a page' },
  { name: 'a javascript: link hidden by entities', changes: answer('[Click here](&#106;avascript:alert(1))'), file: 'questions/reworded.md', line: 5, message: 'uses the javascript: scheme', hint: 'Link to a page' },
  { name: 'a javascript: autolink', changes: answer('See <javascript:alert(1)>.'), file: 'questions/reworded.md', line: 5, message: 'uses the javascript: scheme', hint: 'Link to a page' },
  { name: 'a javascript: href in raw HTML', changes: answer('Text.\n\n<a href="javascript:alert(1)">Click</a>'), file: 'questions/reworded.md', line: 7, message: 'uses the javascript: scheme', hint: 'Link to a page' },
  { name: 'a javascript: reference definition', changes: answer('[Click][go]\n\n[go]: javascript:alert(1)'), file: 'questions/reworded.md', line: 7, message: 'uses the javascript: scheme', hint: 'Link to a page' },
  { name: 'a data: link', changes: answer('[Open](data:text/html,hello)'), file: 'questions/reworded.md', line: 5, message: 'uses the data: scheme', hint: 'Link to a page' },
  { name: 'an ftp: link', changes: answer('[Files](ftp://example.com/x)'), file: 'questions/reworded.md', line: 5, message: 'uses the ftp: scheme', hint: 'Link to a page' },
  { name: 'an http: link', changes: answer('[Docs](http://example.com/docs)'), file: 'questions/reworded.md', line: 5, message: 'The link "http://example.com/docs" is not https.', hint: 'Use https://example.com/docs' },
  { name: 'a link without a target', changes: answer('[Docs]()'), file: 'questions/reworded.md', line: 5, message: 'A link has no target.', hint: 'Put the address in the parentheses' },
  { name: 'a relative link', changes: answer('See [the other one](../beta/).'), file: 'questions/reworded.md', line: 5, message: 'is relative', hint: 'from its root' },
  { name: 'a link to a content file', changes: answer('See [the other one](moved.md).'), file: 'questions/reworded.md', line: 5, message: 'points at a content file', hint: "Link the question's page instead" },
  { name: 'a link to a question id that does not exist', changes: answer('Line one.\n\nSee [the moved one](/q/movd/).'), file: 'questions/reworded.md', line: 7, message: 'there is no id or alias "movd". Did you mean "moved"?', hint: 'Link a question as /q/<question-id>/' },
  { name: 'a reference link to a question that does not exist', changes: answer('See [the other one][x].\n\n[x]: /q/no-such-id/'), file: 'questions/reworded.md', line: 7, message: 'there is no id or alias "no-such-id"', hint: 'Link a question as /q/<question-id>/' },
  { name: 'a dead link in raw HTML', changes: answer('<a href="/q/no-such-id/">Other</a>'), file: 'questions/reworded.md', line: 5, message: 'there is no id or alias "no-such-id"', hint: '/q/<question-id>/' },
  { name: 'a link to an anchor that is not on that section page', changes: answer('See [renamed](/alpha/#renamd).'), file: 'questions/reworded.md', line: 5, message: 'points at no question of section "alpha". Did you mean "renamed"?', hint: '/q/<question-id>/' },
  { name: 'a link to a question of another section', changes: answer('See [moved](/alpha/#moved).'), file: 'questions/reworded.md', line: 5, message: 'which is in section "beta", not on section "alpha"', hint: '/q/<question-id>/' },
  { name: 'a link to an anchor that is not on this page', changes: answer('See [below](#renamd).'), file: 'questions/reworded.md', line: 5, message: "points at no question of this section's page. Did you mean \"renamed\"?", hint: '/q/<question-id>/' },
  { name: 'a link to an anchor no question has', changes: answer('See [it](/#no-such-anchor).'), file: 'questions/reworded.md', line: 5, message: 'points at an anchor that no question has', hint: '/q/<question-id>/' },
  { name: 'a link to a section that does not exist', changes: answer('See [beta](/betta/).'), file: 'questions/reworded.md', line: 5, message: 'points at no page of this site. Did you mean "beta"?', hint: 'a section as /<section-id>/' },
  { name: 'a link without the trailing slash', changes: answer('See [beta](/beta#moved).'), file: 'questions/reworded.md', line: 5, message: 'lacks the trailing slash', hint: '/<section-id>/' },
  { name: "a link to the site's machinery", changes: answer('See [the index](/pagefind/pagefind.js).'), file: 'questions/reworded.md', line: 5, message: "points at the site's own machinery (/pagefind)", hint: '/q/<question-id>/' },

  // Raw HTML
  { name: 'an <iframe> in an .mdx answer', changes: mdxAnswer('Watch:\n\n<iframe src="https://example.com/"></iframe>'), file: 'questions/moved.mdx', line: 7, message: "The answer contains a <iframe> element, which answers cannot use: the page's Content-Security-Policy blocks embedded content", hint: 'Remove the element.' },
  { name: 'an <iframe> in a .md answer', changes: answer('Watch:\n\n<iframe src="https://example.com/"></iframe>'), file: 'questions/reworded.md', line: 7, message: 'contains a <iframe> element', hint: 'Remove the element.' },
  { name: 'a raw <script>', changes: answer('Text.\n\n<script>alert(1)</script>'), file: 'questions/reworded.md', line: 7, message: 'contains a <script> element, which answers cannot use: answers are content, not code', hint: 'Remove the element.' },
  { name: 'a raw <style>', changes: answer('Text.\n\n<style>body { display: none }</style>'), file: 'questions/reworded.md', line: 7, message: 'contains a <style> element', hint: 'Remove the element.' },
  { name: 'an <object>', changes: answer('<object data="x.swf"></object>'), file: 'questions/reworded.md', line: 5, message: 'contains a <object> element', hint: 'Remove the element.' },
  { name: 'an <embed>', changes: answer('<embed src="x.swf">'), file: 'questions/reworded.md', line: 5, message: 'contains a <embed> element', hint: 'Remove the element.' },
  { name: 'a <form>', changes: answer('<form action="/x"><input name="q"></form>'), file: 'questions/reworded.md', line: 5, message: 'contains a <form> element, which answers cannot use: a static FAQ page has nothing to send a form to', hint: 'Remove the element.', count: 2 },
  { name: 'an element outside the allowlist', changes: answer('<marquee>Hello</marquee>'), file: 'questions/reworded.md', line: 5, message: 'contains a <marquee> element', hint: 'Use Markdown, or one of these elements' },
  { name: 'an inline event handler', changes: answer('<img src="/favicon.svg" alt="x" onerror="alert(1)">'), file: 'questions/reworded.md', line: 5, message: 'inline event handler (onerror)', hint: 'Remove the handler' },
  { name: 'an upper-case event handler', changes: answer('Text <b ONCLICK="alert(1)">bold</b>.'), file: 'questions/reworded.md', line: 5, message: 'inline event handler (onclick)', hint: 'Remove the handler' },
  { name: 'an event handler in MDX', changes: mdxAnswer('<Note>\nSee <b onClick="alert(1)">this</b>.\n</Note>'), file: 'questions/moved.mdx', line: 6, message: 'inline event handler (onclick)', hint: 'Remove the handler' },
  { name: 'a style attribute', changes: answer('<span style="color: red">Red</span>'), file: 'questions/reworded.md', line: 5, message: "The attribute style is not allowed on <span>: the site's stylesheet styles answers", hint: '<span> may have: title, lang, dir' },
  { name: 'an id attribute', changes: answer('<span id="renamed">Here</span>'), file: 'questions/reworded.md', line: 5, message: 'The attribute id is not allowed on <span>', hint: 'Remove it.' },

  // Images
  { name: 'an image without alt text', changes: answer('Look:\n\n![](/favicon.svg)'), file: 'questions/reworded.md', line: 7, message: 'An image has no alt text', hint: 'Describe the image' },
  { name: 'an <img> without alt text', changes: answer('<img src="/favicon.svg">'), file: 'questions/reworded.md', line: 5, message: 'An <img> has no alt text', hint: 'Add alt=' },
  { name: 'an image from another site', changes: answer('![Logo](https://example.com/logo.png)'), file: 'questions/reworded.md', line: 5, message: "is on another site: the site's Content-Security-Policy blocks it", hint: 'Save the image as a file' },
  { name: 'a data: image', changes: answer('![Dot](data:image/png;base64,iVBORw0KGgo=)'), file: 'questions/reworded.md', line: 5, message: 'An image is written as a data: URL.', hint: 'Save the image as a file' },
  { name: 'a javascript: image', changes: answer('<img src="javascript:alert(1)" alt="x">'), file: 'questions/reworded.md', line: 5, message: 'is not an address of an image', hint: 'Give the path of an image file' },
  { name: 'an image file that does not exist', changes: answer('![Diagram](diagram.png)'), file: 'questions/reworded.md', line: 5, message: 'The image "diagram.png" does not exist', hint: 'relative to this file' },
  { name: 'a public image that does not exist', changes: answer('![Diagram](/diagram.png)'), file: 'questions/reworded.md', line: 5, message: 'The image "/diagram.png" does not exist', hint: 'add the file to public/' },
  { name: 'an <img> with a relative path', changes: { ...answer('<img src="diagram.png" alt="Diagram">'), 'questions/diagram.png': 'not really a png' }, file: 'questions/reworded.md', line: 5, message: 'has a relative path', hint: 'Write it as a Markdown image' },

  // Headings
  { name: 'a level-2 heading in an answer', changes: answer('## Details\n\nText.'), file: 'questions/reworded.md', line: 5, message: 'A level-2 heading (##) would rank with the questions', hint: 'Start headings inside an answer or introduction at ###' },
  { name: 'a level-1 heading in a section introduction', changes: { 'sections/beta.md': section('Beta', 2, ['moved', ...betaRest], '\n# Beta\n\nIntro.\n') }, file: 'sections/beta.md', line: 11, message: 'A level-1 heading (#) would rank with the section title', hint: 'Start headings' },
  { name: 'a raw <h2>', changes: answer('<h2>Details</h2>'), file: 'questions/reworded.md', line: 5, message: 'contains a <h2> element, which answers cannot use: the page uses h1 for the section title', hint: 'Remove the element.' },
  { name: 'two answers on one page with the same heading', changes: { ...answer('### Example\n\nOne.'), 'questions/renamed.md': question('question: "Which image?"\naliases: [old-name]', '### Example\n\nTwo.') }, file: 'questions/renamed.md', line: 6, message: 'This heading\'s id "example" is already taken on the page of section "alpha", by a heading of question "reworded"', hint: 'Reword the heading' },
  { name: 'a heading named like a question', changes: answer('### Renamed\n\nText.'), file: 'questions/reworded.md', line: 5, message: 'This heading\'s id "renamed" is already taken on the page of section "alpha", by question "renamed"', hint: 'Reword the heading' },
];
