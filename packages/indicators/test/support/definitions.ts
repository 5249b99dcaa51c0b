import type { Deadline } from '@tsmp/schema';
import type { ComputableCalculation, IndicatorDefinition } from '../../src/definitions.js';
import { isoToDay } from '../../src/time/zone.js';

export function deadline(amount: number, unit: Deadline['unit'], dayOffShift = false): Deadline {
  return { amount, unit, dayOffShift, anchor: { event: 'a' }, wording: `${amount} ${unit}` };
}

let counter = 0;

/** Builds a definition of standard `std` with defaults for everything the engines do not read. */
export function definition(
  calculation: ComputableCalculation,
  overrides: Partial<IndicatorDefinition> = {},
): IndicatorDefinition {
  counter += 1;
  return {
    standard: 'std',
    edition: 1,
    editionFromDay: isoToDay('2024-01-01'),
    fromDay: isoToDay('2024-01-01'),
    indicatorId: `I${counter}`,
    number: String(counter),
    name: `indicator ${counter}`,
    unit: 'percent',
    direction: 'higherIsBetter',
    calculation,
    file: 'std.yaml',
    path: ['indicators', counter],
    ...overrides,
  };
}

const empty = { reached: [], notReached: [] };

/** Builds every calculation kind, with two editions of one indicator and a delayed effective date. */
export function allKindsDefinitions(): IndicatorDefinition[] {
  const secondEdition = { edition: 2, editionFromDay: isoToDay('2025-04-01'), fromDay: isoToDay('2025-04-01') };
  return [
    definition({ kind: 'count', cases: { reached: ['A'], notReached: [] } }, { indicatorId: 'count' }),
    definition({ kind: 'share', numerator: { reached: ['C'], notReached: [] }, denominator: { reached: ['A'], notReached: [] }, scale: 100 }, { indicatorId: 'share' }),
    definition(
      { kind: 'share', numerator: { reached: ['B'], notReached: ['C'] }, denominator: { reached: ['A'], notReached: [] }, scale: 100 },
      { indicatorId: 'share', ...secondEdition },
    ),
    definition(
      { kind: 'share', numerator: { ...empty, attributes: { channel: 'ecp' } }, denominator: { ...empty, within: { from: 'A', to: 'B', deadline: deadline(2, 'workingDays', true) } }, scale: 100 },
      { indicatorId: 'shareFiltered', fromDay: isoToDay('2025-03-01') },
    ),
    definition({ kind: 'duration', from: 'A', to: 'B', unit: 'workingDays', statistic: 'mean' }, { indicatorId: 'meanWorking' }),
    definition({ kind: 'duration', from: 'A', to: 'B', unit: 'hours', statistic: 'median' }, { indicatorId: 'medianHours' }),
    definition({ kind: 'duration', from: 'A', to: 'C', unit: 'calendarDays', statistic: 'p90' }, { indicatorId: 'p90Days' }),
    definition({ kind: 'duration', from: 'A', to: 'B', unit: 'minutes', statistic: 'mean', cases: { reached: ['C'], notReached: [] } }, { indicatorId: 'meanMinutes' }),
    definition({ kind: 'shareWithinDeadline', from: 'A', to: 'B', scale: 100 }, { indicatorId: 'withinWorking', deadline: deadline(2, 'workingDays', true) }),
    definition({ kind: 'shareWithinDeadline', from: 'A', to: 'B', scale: 100 }, { indicatorId: 'withinWorkingPlain', deadline: deadline(0, 'workingDays') }),
    definition({ kind: 'shareWithinDeadline', from: 'A', to: 'C', scale: 100 }, { indicatorId: 'withinCalendar', deadline: deadline(3, 'calendarDays', true) }),
    definition({ kind: 'shareWithinDeadline', from: 'A', to: 'B', scale: 100 }, { indicatorId: 'withinHours', deadline: deadline(30, 'hours', true) }),
    definition({ kind: 'relativeToNationalMean', from: 'A', to: 'B', unit: 'calendarDays', comparison: 'notAbove', scale: 100 }, { indicatorId: 'relative' }),
    definition({ kind: 'relativeToNationalMean', from: 'A', to: 'C', unit: 'hours', comparison: 'notBelow', scale: 100 }, { indicatorId: 'relativeBelow' }),
    definition(
      { kind: 'checklist', questions: [{ id: 'q1', text: 'q1', type: 'boolean' }], formula: 'q1 && (q2 || !q3)', points: 2.5 },
      { indicatorId: 'CHK', unit: 'points' },
    ),
    definition({ kind: 'surveyAverage', controlPoint: 'S', field: 'rating', scaleMax: 5 }, { indicatorId: 'survey', unit: 'score' }),
  ];
}

export const EDITIONS = [
  { standard: 'std', edition: 1, fromDate: '2024-01-01' },
  { standard: 'std', edition: 2, fromDate: '2025-04-01' },
];
