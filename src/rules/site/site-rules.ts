import { duplicates } from './duplicates.ts';
import { idCollisions } from './id-collisions.ts';
import { linkTargets } from './link-targets.ts';
import { lostIds } from './lost-ids.ts';
import { movedFrom } from './moved-from.ts';
import { pageAnchors } from './page-anchors.ts';
import { sectionLists } from './section-lists.ts';
import type { SiteRule } from './site-model.ts';

/** Every rule that spans files. A new rule is a file in this folder, added here. */
export const siteRules: readonly SiteRule[] = [
  sectionLists,
  idCollisions,
  lostIds,
  linkTargets,
  pageAnchors,
  movedFrom,
  duplicates,
];
