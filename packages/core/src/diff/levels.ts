import type { Severity } from '../findings/finding.js';
import type { ChangeLevel } from './types.js';
import { CHANGE_LEVELS } from './types.js';

/** Severity of the finding that reports a change of each level. */
export const LEVEL_SEVERITY: Readonly<Record<ChangeLevel, Severity>> = {
  breaking: 'error',
  major: 'warning',
  minor: 'info',
  editorial: 'hint',
};

/** Ranks a level: 0 is the most serious. */
export function levelRank(level: ChangeLevel): number {
  return CHANGE_LEVELS.indexOf(level);
}

/** Returns the most serious level among changes, or `undefined` for none. */
export function maxLevel(levels: Iterable<ChangeLevel>): ChangeLevel | undefined {
  let best: ChangeLevel | undefined;
  for (const level of levels) if (best === undefined || levelRank(level) < levelRank(best)) best = level;
  return best;
}

/** Tells whether a level is at or above the threshold (`breaking` is the highest). */
export function atOrAbove(level: ChangeLevel, threshold: ChangeLevel): boolean {
  return levelRank(level) <= levelRank(threshold);
}
