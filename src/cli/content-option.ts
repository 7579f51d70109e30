// `--content <dir>`: the content folder a command reads and writes, for every command that has one (as the
// FAQ_CONTENT_DIR variable, which it sets). Each such command imports this first, before anything reads the
// settings, and reads its own arguments without it.
import { resolve } from 'node:path';

/** The content folder the environment gave (FAQ_CONTENT_DIR) before `--content`: the one a dev server may show. */
export const environmentContentDir = process.env.FAQ_CONTENT_DIR;

const at = process.argv.findIndex((arg) => arg === '--content' || arg.startsWith('--content='));
if (at >= 0) {
  const [flag, inline] = process.argv[at]!.split(/=(.*)/s);
  const dir = inline ?? process.argv[at + 1];
  if (!dir || dir.startsWith('--')) {
    console.error(`${flag} needs a folder: --content <dir>, the one that holds site.json, questions/ and sections/.`);
    process.exit(2);
  }
  process.env.FAQ_CONTENT_DIR = resolve(dir);
  process.argv.splice(at, inline === undefined ? 2 : 1);
}
