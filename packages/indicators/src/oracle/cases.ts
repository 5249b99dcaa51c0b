import { localDate } from '@tsmp/core';
import type { ControlPointEvent } from '../events/model.js';

/** A case in the oracle: its first event, the first event of each control point and all its events. */
export interface OracleCase {
  caseId: string;
  first: ControlPointEvent;
  points: Map<string, ControlPointEvent>;
  events: ControlPointEvent[];
  edition: number | undefined;
}


/** Groups events into cases; with equal instants the event listed first wins. */
export function buildCases(
  events: readonly ControlPointEvent[],
  editions: ReadonlyArray<{ standard: string; edition: number; fromDate: string }>,
  zoneOf: (region: string) => string,
): OracleCase[] {
  const cases = new Map<string, OracleCase>();
  for (const event of events) {
    let entry = cases.get(event.caseId);
    if (!entry) {
      entry = { caseId: event.caseId, first: event, points: new Map(), events: [], edition: undefined };
      cases.set(event.caseId, entry);
    }
    entry.events.push(event);
    if (event.instant < entry.first.instant) entry.first = event;
    const point = entry.points.get(event.controlPoint);
    if (!point || event.instant < point.instant) entry.points.set(event.controlPoint, event);
  }
  for (const entry of cases.values()) {
    const startDate = localDate(new Date(entry.first.instant), zoneOf(entry.first.region));
    const given = entry.first.edition;
    if (given !== undefined) {
      entry.edition = given;
      continue;
    }
    const candidates = editions
      .filter((edition) => edition.standard === entry.first.standard && edition.fromDate <= startDate)
      .sort((a, b) => b.fromDate.localeCompare(a.fromDate));
    entry.edition = candidates[0]?.edition;
  }
  return [...cases.values()];
}
