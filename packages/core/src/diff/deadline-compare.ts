import type { Deadline, DeadlineUnit } from '@tsmp/schema';

/** Kind of deadline change, in the order the diff reports them. */
export type DeadlineChange = 'shortened' | 'lengthened' | 'unitChanged' | 'anchorChanged' | 'reworded';

/**
 * Calendar days per working day when units differ: a five-day week gives
 * 7/5. Holidays are ignored, so the comparison is an estimate; it only
 * decides the direction, and the change data marks it `approximate`.
 */
export const CALENDAR_DAYS_PER_WORKING_DAY = 7 / 5;

const MINUTES: Partial<Record<DeadlineUnit, number>> = { minutes: 1, hours: 60 };
const DAYS: Partial<Record<DeadlineUnit, number>> = { calendarDays: 1, workingDays: CALENDAR_DAYS_PER_WORKING_DAY };

export interface DeadlineComparison {
  changes: DeadlineChange[];
  /** True when the direction was decided with the working-to-calendar ratio. */
  approximate: boolean;
}

/**
 * Compares two deadlines. Minutes and hours compare exactly, and working and
 * calendar days by the ratio above. Minutes or hours against days are not
 * comparable and are reported as `unitChanged`.
 */
export function compareDeadlines(oldDeadline: Deadline, newDeadline: Deadline): DeadlineComparison {
  const changes: DeadlineChange[] = [];
  let approximate = false;

  const direction = (a: number, b: number): void => {
    if (b < a) changes.push('shortened');
    else if (b > a) changes.push('lengthened');
  };
  if (oldDeadline.unit === newDeadline.unit) {
    direction(oldDeadline.amount, newDeadline.amount);
  } else if (MINUTES[oldDeadline.unit] && MINUTES[newDeadline.unit]) {
    direction(oldDeadline.amount * (MINUTES[oldDeadline.unit] ?? 1), newDeadline.amount * (MINUTES[newDeadline.unit] ?? 1));
  } else if (DAYS[oldDeadline.unit] && DAYS[newDeadline.unit]) {
    approximate = true;
    direction(oldDeadline.amount * (DAYS[oldDeadline.unit] ?? 1), newDeadline.amount * (DAYS[newDeadline.unit] ?? 1));
    if (changes.length === 0) changes.push('unitChanged');
  } else {
    changes.push('unitChanged');
  }

  if (oldDeadline.anchor.event !== newDeadline.anchor.event) changes.push('anchorChanged');
  if (changes.length === 0 && normalizeSpace(oldDeadline.wording) !== normalizeSpace(newDeadline.wording)) changes.push('reworded');
  return { changes, approximate };
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
