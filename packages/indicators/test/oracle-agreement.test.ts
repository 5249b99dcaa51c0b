import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ControlPointEvent } from '../src/events/model.js';
import { allKindsDefinitions, EDITIONS } from './support/definitions.js';
import { runDuckDb } from './support/duckdb.js';
import { runOracle, runSql } from './support/engines.js';

const REGIONS = ['77', '25', '14', '39', '02'];
const CENTRES = ['c1', 'c2', 'c3'];
const POINTS = ['A', 'B', 'C', 'S', 'CHK'];
const START = Date.parse('2024-12-20T00:00:00Z');
const SPAN = Date.parse('2025-07-15T00:00:00Z') - START;

const eventArbitrary = fc.record({
  caseNumber: fc.integer({ min: 1, max: 20 }),
  point: fc.constantFrom(...POINTS),
  // Each case starts on a random day and its events follow within five days,
  // often across a weekend, so that deadlines in working days are met and missed.
  caseStartDay: fc.integer({ min: 0, max: Math.floor(SPAN / 86_400_000) }),
  minute: fc.integer({ min: 0, max: 5 * 24 * 60 }),
  region: fc.constantFrom(...REGIONS),
  centre: fc.constantFrom(...CENTRES),
  service: fc.option(fc.constantFrom('s1', 's2'), { nil: undefined }),
  edition: fc.option(fc.constantFrom(1, 2), { freq: 5, nil: undefined }),
  channel: fc.option(fc.constantFrom('ecp', 'inPerson'), { nil: undefined }),
  rating: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  answers: fc.array(fc.tuple(fc.constantFrom('q1', 'q2', 'q3'), fc.boolean()), { maxLength: 3 }),
});

/**
 * Turns generated rows into events. A case keeps the region, centre,
 * service and edition of its first generated row, as one case of a real
 * log does. Instants are made distinct inside a case.
 */
type GeneratedRow = typeof eventArbitrary extends fc.Arbitrary<infer T> ? T : never;

function toEvents(rows: GeneratedRow[]): ControlPointEvent[] {
  const placeOf = new Map<number, (typeof rows)[number]>();
  const used = new Set<string>();
  const events: ControlPointEvent[] = [];
  for (const row of rows) {
    const place = placeOf.get(row.caseNumber) ?? row;
    placeOf.set(row.caseNumber, place);
    let instant = START + place.caseStartDay * 86_400_000 + row.minute * 60_000;
    while (used.has(`${row.caseNumber}/${instant}`)) instant += 60_000;
    used.add(`${row.caseNumber}/${instant}`);
    const event: ControlPointEvent = {
      caseId: `case-${row.caseNumber}`,
      standard: 'std',
      centre: place.centre,
      region: place.region,
      controlPoint: row.point,
      instant,
      attributes: {},
    };
    if (place.service !== undefined) event.service = place.service;
    if (place.edition !== undefined) event.edition = place.edition;
    if (row.channel !== undefined) event.attributes['channel'] = row.channel;
    if (row.point === 'S' && row.rating !== undefined) event.attributes['rating'] = row.rating;
    if (row.point === 'CHK') for (const [question, answer] of row.answers) event.attributes[question] = answer;
    events.push(event);
  }
  return events;
}

describe('SQL engine and in-memory oracle', () => {
  const definitions = allKindsDefinitions();

  it('agree on random logs by month', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventArbitrary, { minLength: 20, maxLength: 200, size: 'max' }), async (rows) => {
        const events = toEvents(rows);
        const run = { step: 'month' as const, range: { fromMonth: 202501, toMonth: 202506 }, editions: EDITIONS };
        expect(await runSql(events, definitions, run)).toEqual(runOracle(events, definitions, run));
      }),
      { numRuns: 100 },
    );
  });

  it('agree on random logs by half-year and year', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventArbitrary, { minLength: 20, maxLength: 150, size: 'max' }), fc.constantFrom('halfYear' as const, 'year' as const), async (rows, step) => {
        const events = toEvents(rows);
        const run = { step, range: { fromMonth: 202412, toMonth: 202507 }, editions: EDITIONS };
        expect(await runSql(events, definitions, run)).toEqual(runOracle(events, definitions, run));
      }),
      { numRuns: 30 },
    );
  });

  it('agree with the DuckDB dialect on random logs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventArbitrary, { minLength: 20, maxLength: 150, size: 'max' }), async (rows) => {
        const events = toEvents(rows);
        const run = { step: 'month' as const, range: { fromMonth: 202501, toMonth: 202506 }, editions: EDITIONS };
        expect(await runDuckDb(events, definitions, run)).toEqual(runOracle(events, definitions, run));
      }),
      { numRuns: 30, endOnFailure: true },
    );
  });
});
