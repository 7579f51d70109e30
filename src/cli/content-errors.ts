import { ContentError } from '../pipeline/problems.ts';

/** Runs `read`; a mistake in the content it reads ends the command, printed as `npm run check` prints it. */
export function orExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`${error.listing}\n${error.hint}`);
    process.exit(1);
  }
}
