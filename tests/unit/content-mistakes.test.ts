import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/gate/check-content.ts';
import { contentWith, publicWith } from '../support/content-copy.ts';
import { bmp, mistakes, question } from '../support/mistakes.ts';

// Each mistake goes through the content gate in this process, as npm run check, npm run build and npm run dev
// run it (tests/build/rebuilds.test.ts runs those commands themselves on a folder of mistakes).
describe.each(mistakes)('$name', (mistake) => {
  it('is refused with its file, line, what is wrong and the fix, and nothing else', () => {
    const dir = contentWith(mistake.changes);
    const { problems } = checkContent(dir, publicWith(mistake.publicFiles));
    const found = problems.find(
      (problem) => problem.file === join(dir, mistake.file) && problem.message.includes(mistake.message),
    );
    expect(found, problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')).toBeDefined();
    expect(found!.line).toBe(mistake.line);
    expect(found!.hint).toContain(mistake.hint);
    expect(problems).toHaveLength(mistake.count ?? 1);
  });
});

it('accepts the fixture as it is', () => {
  expect(checkContent(contentWith()).problems).toEqual([]);
});

const images = 'tests/fixtures/images';
const png = readFileSync(join(images, 'pixel.png'));
/** An icon file holding the PNG, as favicon makers write one: its header, one entry of 1×1 pixels, the PNG. */
const icon = Buffer.concat([
  Buffer.from([0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 32, 0, png.length, 0, 0, 0, 22, 0, 0, 0]),
  png,
]);
// A file of public/ reaches the browser as it is: an image there is of a format browsers show, not TIFF, which
// only Safari shows, and also BMP and icons, which the build does not read.
it.each([
  ...readdirSync(images)
    .filter((name) => !name.endsWith('.tiff'))
    .map((name) => [name, readFileSync(join(images, name))] as const),
  ['pixel.bmp', bmp] as const,
  ['pixel.ico', icon] as const,
])('accepts %s in public/', (name, bytes) => {
  const changes = { 'questions/reworded.md': question('question: "How?"', `![A pixel](/images/${name})`) };
  expect(checkContent(contentWith(changes), publicWith({ [`images/${name}`]: bytes })).problems).toEqual([]);
});

it('checks a picture of public/ again once it is replaced, as npm run dev does on each save', () => {
  const dir = contentWith({ 'questions/reworded.md': question('question: "How?"', '![Diagram](/diagram.png)') });
  const publicDir = publicWith({ 'diagram.png': png.subarray(0, 46) });
  expect(checkContent(dir, publicDir).problems).toHaveLength(1);
  writeFileSync(join(publicDir, 'diagram.png'), png);
  expect(checkContent(dir, publicDir).problems).toEqual([]);
});

it('accepts a heading called like another section, whose Learn-style anchor lands on that section only from elsewhere', () => {
  const changes = { 'questions/reworded.md': question('question: "How?"', '### Beta\n\nText.') };
  expect(checkContent(contentWith(changes)).problems).toEqual([]);
});

it.each([
  ['inside the question', 'question: "Can I use ‘az aks’ and “kubectl” here?"'],
  ['opening a quoted word at its start', 'question: "‘kubectl’ hangs: why?"'],
  ['closing a quoted word at its end', 'question: "Are nodes ever stuck in “NotReady”"'],
  ['as German quotes closing its last word', 'question: "Was heißt „Beta“"'],
  ['straight, closing a quoted word at its end', `question: Are nodes ever stuck in "NotReady"`],
  ['straight, opening a quoted word at its start', `question: '"kubectl get" hangs: why?'`],
  ['straight, balanced around two words, the last at its end', `question: 'Why does "kubectl get" hang? Say "why"'`],
  ['straight and single, as an apostrophe at its end', "question: Who patches the nodes'"],
  ['straight, as inch marks, in a value quoted as a whole', `question: 'Why does a 12" disk show as "unknown" at 32"'`],
  ['straight, left open at its start in a value quoted as a whole', `question: '"Does AKS support it?'`],
])('accepts quotes %s, which are the text’s own', (_, frontmatter) => {
  expect(checkContent(contentWith({ 'questions/reworded.md': question(frontmatter) })).problems).toEqual([]);
});
