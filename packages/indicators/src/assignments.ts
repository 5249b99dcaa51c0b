import { finding, type Finding } from '@tsmp/core';
import { classify, corridorBounds, type CorridorBounds, type CorridorZone } from './corridor.js';
import type { IndicatorDefinition } from './definitions.js';
import { periodLabel, type PeriodStep } from './periods.js';
import type { IndicatorValue } from './results.js';
import type { Level } from './sql/aggregate.js';

/** A value placed in its corridor. */
export interface CorridorAssessment {
  value: IndicatorValue;
  zone: CorridorZone;
  bounds: CorridorBounds;
}

/**
 * An improvement assignment («задание на улучшение работы»): the unit that
 * must act, the indicator and period, the value and the corridor it fell out of.
 */
export interface ImprovementAssignment {
  assignee: { level: Exclude<Level, 'country'>; region: string; centre?: string; service?: string | null };
  standard: string;
  indicatorId: string;
  indicatorNumber: string;
  indicatorName: string;
  period: string;
  value: number;
  zone: Exclude<CorridorZone, 'green'>;
  corridor: CorridorBounds;
  direction: IndicatorDefinition['direction'];
}

function definitionKey(standard: string, indicatorId: string): string {
  return `${standard}\u0000${indicatorId}`;
}

/**
 * Places every non-national value of an indicator with a corridor in its
 * zone. The national value of the same period is the base of corridors
 * relative to the national mean.
 */
export function assessCorridors(values: readonly IndicatorValue[], definitions: readonly IndicatorDefinition[]): CorridorAssessment[] {
  const latest = new Map<string, IndicatorDefinition>();
  for (const definition of definitions) {
    const key = definitionKey(definition.standard, definition.indicatorId);
    const known = latest.get(key);
    if (!known || known.edition < definition.edition) latest.set(key, definition);
  }
  const national = new Map<string, number | null>();
  for (const value of values) {
    if (value.level === 'country') national.set(`${definitionKey(value.standard, value.indicatorId)}\u0000${value.period}`, value.value);
  }
  const out: CorridorAssessment[] = [];
  for (const value of values) {
    if (value.level === 'country' || value.value === null) continue;
    const definition = latest.get(definitionKey(value.standard, value.indicatorId));
    if (!definition?.corridor) continue;
    const nationalValue = national.get(`${definitionKey(value.standard, value.indicatorId)}\u0000${value.period}`) ?? value.benchmark;
    const bounds = corridorBounds(definition.corridor, {
      ...(nationalValue !== undefined ? { nationalValue } : {}),
      ...(definition.target !== undefined ? { target: definition.target } : {}),
    });
    if (!bounds) continue;
    out.push({ value, zone: classify(value.value, bounds, definition.direction), bounds });
  }
  return out;
}

/** Builds an assignment for every yellow or red assessment. */
export function improvementAssignments(
  assessments: readonly CorridorAssessment[],
  definitions: readonly IndicatorDefinition[],
  step: PeriodStep,
): ImprovementAssignment[] {
  const byKey = new Map(definitions.map((definition) => [definitionKey(definition.standard, definition.indicatorId), definition]));
  const out: ImprovementAssignment[] = [];
  for (const { value, zone, bounds } of assessments) {
    if (zone === 'green' || value.level === 'country' || value.value === null) continue;
    const definition = byKey.get(definitionKey(value.standard, value.indicatorId));
    if (!definition) continue;
    const assignee: ImprovementAssignment['assignee'] = { level: value.level, region: value.region ?? '' };
    if (value.centre !== undefined) assignee.centre = value.centre;
    if (value.service !== undefined) assignee.service = value.service;
    out.push({
      assignee,
      standard: value.standard,
      indicatorId: value.indicatorId,
      indicatorNumber: definition.number,
      indicatorName: definition.name,
      period: periodLabel(value.period, step),
      value: value.value,
      zone,
      corridor: bounds,
      direction: definition.direction,
    });
  }
  return out;
}

/** Renders each assignment as a finding, so breaches go through the same formatters as validation. */
export function assignmentFindings(assignments: readonly ImprovementAssignment[], definitions: readonly IndicatorDefinition[]): Finding[] {
  const byKey = new Map(definitions.map((definition) => [definitionKey(definition.standard, definition.indicatorId), definition]));
  return assignments.map((assignment) => {
    const definition = byKey.get(definitionKey(assignment.standard, assignment.indicatorId));
    return finding({
      ruleId: 'indicator-out-of-corridor',
      severity: assignment.zone === 'red' ? 'error' : 'warning',
      messageId: `indicators.corridor.${assignment.zone}`,
      args: {
        indicator: assignment.indicatorNumber,
        name: assignment.indicatorName,
        unit: [assignment.assignee.region, assignment.assignee.centre, assignment.assignee.service].filter((part) => part).join(' / '),
        period: assignment.period,
        value: Number(assignment.value.toFixed(2)),
        green: Number(assignment.corridor.green.toFixed(2)),
        yellow: Number(assignment.corridor.yellow.toFixed(2)),
      },
      artifactId: assignment.standard,
      ...(definition ? { path: definition.path, location: definition.location ?? { file: definition.file, line: 1, column: 1 } } : {}),
    });
  });
}
