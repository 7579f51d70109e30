import { processWide } from '../build-cache/process-wide.ts';
import type { ContentFile } from '../pipeline/content-file.ts';
import type { ContentProblem } from '../pipeline/problems.ts';
import type { PublishedIds } from '../schemas/published-ids.ts';
import type { SiteSettings } from '../schemas/site.ts';

/** What the content gate (check-content.ts) says about a content folder. */
export interface ContentReport {
  /** Every mistake in the content, each with its file, line, what is wrong and the fix. */
  problems: ContentProblem[];
  questions: ContentFile<'questions'>[];
  sections: ContentFile<'sections'>[];
  site: SiteSettings | undefined;
  registry: PublishedIds;
  /** Each synced question's text as the upstream FAQ last worded it (upstream.json), by id: its anchors stay. */
  upstreamTexts: Map<string, string>;
  /** Each synced section's names upstream (upstream.json), by id, the current one first: their anchors stay. */
  upstreamSectionNames: Map<string, string[]>;
  /** Ids and aliases the registry does not list yet: `npm run ids:publish` records them once they are live. */
  unpublished: string[];
}

const state = processWide('content-gate', () => ({ frozen: undefined as ContentReport | undefined, changes: 0 }));

/**
 * Called when a build has passed the gate: for the rest of the process the content is taken as the gate read
 * it (a file saved during a build belongs to the next one), and nothing is checked for changes again.
 */
export const freezeReport = (report: ContentReport) => void (state.frozen = report);

/**
 * The report a build froze, if this process is a build. This module is all a caller loads to get it: the
 * content loader takes its entries from here without loading the gate's code into Astro's content sync.
 */
export const frozenReport = (): ContentReport | undefined => state.frozen;

/** Called by the dev server's watcher on every change to the content or to what it refers to (public/). */
export const markContentChanged = () => void state.changes++;

/** How many times the content changed in this process: the pages' FAQ asks the gate again when it grows. */
export const contentChanges = () => state.changes;
