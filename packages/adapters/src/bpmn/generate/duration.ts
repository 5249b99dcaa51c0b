import type { Deadline, DeadlineUnit } from '@tsmp/schema';

/**
 * Writes a deadline as an ISO 8601 duration for a BPMN timer. Working days
 * have no ISO 8601 form, so they are written as days and the unit is kept
 * in the tsmp:deadlineUnit attribute. An engine that runs the timer counts
 * calendar days. Returns undefined for a zero deadline, which means "on the
 * day of the event" and has no timer.
 */
export function isoDuration(deadline: Pick<Deadline, 'amount' | 'unit'>): string | undefined {
  if (deadline.amount <= 0) return undefined;
  const amount = String(deadline.amount);
  switch (deadline.unit) {
    case 'minutes':
      return `PT${amount}M`;
    case 'hours':
      return `PT${amount}H`;
    case 'calendarDays':
    case 'workingDays':
      return `P${amount}D`;
  }
}

/** A timer duration read back as an amount and unit of a tech card deadline. */
export interface ParsedDuration {
  amount: number;
  unit: DeadlineUnit;
}

const ISO_DURATION = /^P(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?)?$/;

/**
 * Reads an ISO 8601 duration with days, hours or minutes (one of them) as a
 * deadline. `unitHint` is the tsmp:deadlineUnit attribute, which separates
 * working days from calendar days. Returns undefined for other durations.
 */
export function parseIsoDuration(text: string, unitHint?: string): ParsedDuration | undefined {
  const match = ISO_DURATION.exec(text.trim());
  if (!match) return undefined;
  const [, days, hours, minutes] = match;
  const parts = [days, hours, minutes].filter((part) => part !== undefined);
  if (parts.length !== 1) return undefined;
  const amount = Number((parts[0] ?? '').replace(',', '.'));
  if (days !== undefined) return { amount, unit: unitHint === 'workingDays' ? 'workingDays' : 'calendarDays' };
  if (hours !== undefined) return { amount, unit: 'hours' };
  return { amount, unit: 'minutes' };
}
