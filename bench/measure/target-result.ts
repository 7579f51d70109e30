import type { BenchTarget } from './bench-targets.ts';
import type { BuildFigures } from './builds.ts';
import type { DevFigures } from './dev-edit.ts';
import type { DistFigures } from './dist-stats.ts';
import type { FirstVisitFigures } from './first-visit.ts';
import type { LighthouseScores } from './lighthouse.ts';
import type { SearchFigures } from './search-latency.ts';

/** Everything measured for one content folder; a figure is missing when its step failed (see errors). */
export interface TargetResult {
  target: BenchTarget;
  builds?: BuildFigures;
  dev?: DevFigures;
  dist?: DistFigures;
  firstVisit?: FirstVisitFigures;
  search?: SearchFigures;
  /** The scores, or why Lighthouse did not run. */
  lighthouse?: LighthouseScores | { skipped: string };
  errors: string[];
}
