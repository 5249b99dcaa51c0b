import { REGION_ZONES } from '@tsmp/core';
import { seededRandom } from '../random.js';
import { zoneOffsetMinutes } from '../time/zone.js';
import type { GenerationPlan } from './plan.js';

export interface GeneratorOptions {
  /** Number of events to write, approximately: generation stops after the case that reaches it. */
  events: number;
  seed?: number;
  year?: number;
  regions?: number;
  centres?: number;
}

/** Columns of the generated CSV, before the attribute columns. */
export const GENERATED_COLUMNS = ['case_id', 'standard', 'service', 'region', 'centre', 'control_point', 'timestamp'] as const;

const HOUR_MS = 3_600_000;

function isoWithOffset(instant: number, zone: string): string {
  const offset = zoneOffsetMinutes(zone, instant);
  const local = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

/** Attribute columns the plan needs: case attributes, survey fields and checklist questions. */
export function attributeColumns(plan: GenerationPlan): string[] {
  const names = new Set<string>();
  for (const standard of plan.standards) {
    for (const [name] of standard.caseAttributes) names.add(name);
    for (const survey of standard.surveys) names.add(survey.field);
  }
  for (const checklist of plan.checklists) for (const question of checklist.questions) names.add(question);
  return [...names].sort();
}

/**
 * Generates a realistic, seeded event log for the plan's standards as CSV
 * lines in the form Russian offices export (`;`-separated, local time with
 * offset). Regions are the first `regions` subjects of the Russian
 * Federation by code, each with its own time zone; centres are spread
 * evenly over them. Cases start at random times of the year and move through
 * the control points with delays of hours to days. Some cases stop early, and
 * half of them skip each optional point. Every centre fills in each checklist
 * once a month.
 */
export function* generateCsvLines(plan: GenerationPlan, options: GeneratorOptions): Generator<string> {
  const next = seededRandom(options.seed ?? 20250101);
  const year = options.year ?? 2025;
  const regions = [...REGION_ZONES].sort((a, b) => a.code.localeCompare(b.code)).slice(0, options.regions ?? 85);
  const centreCount = options.centres ?? 2500;
  const centres = Array.from({ length: centreCount }, (_, index) => {
    const region = regions[index % regions.length] as (typeof regions)[number];
    return { id: `${region.code}-${String(Math.floor(index / regions.length) + 1).padStart(3, '0')}`, region };
  });
  const columns = attributeColumns(plan);
  yield [...GENERATED_COLUMNS, ...columns].join(';');

  const yearStart = Date.UTC(year, 0, 1);
  const yearLength = Date.UTC(year + 1, 0, 1) - yearStart;
  const line = (fields: Record<string, string>) =>
    [...GENERATED_COLUMNS, ...columns].map((column) => fields[column] ?? '').join(';');

  let written = 0;
  for (const checklist of plan.checklists) {
    for (const centre of centres) {
      for (let month = 0; month < 12; month += 1) {
        const instant = Date.UTC(year, month, 5 + Math.floor(next() * 10), 7 + Math.floor(next() * 8));
        const fields: Record<string, string> = {
          case_id: `${checklist.indicatorId}-${centre.id}-${month + 1}`,
          standard: checklist.standard,
          region: centre.region.code,
          centre: centre.id,
          control_point: checklist.indicatorId,
          timestamp: isoWithOffset(instant, centre.region.zone),
        };
        for (const question of checklist.questions) fields[question] = next() < 0.85 ? 'да' : 'нет';
        yield line(fields);
        written += 1;
      }
    }
  }

  let caseNumber = 0;
  while (written < options.events && plan.standards.length > 0) {
    caseNumber += 1;
    const standard = plan.standards[Math.floor(next() * plan.standards.length)] as GenerationPlan['standards'][number];
    const centre = centres[Math.floor(next() * centres.length)] as (typeof centres)[number];
    const service = standard.services.length > 0 ? (standard.services[Math.floor(next() * standard.services.length)] as string) : '';
    const attributes = new Map<string, string>();
    for (const [name, value] of standard.caseAttributes) {
      let written = '';
      if (next() < 0.8) written = String(value);
      else if (typeof value === 'boolean') written = String(!value);
      attributes.set(name, written);
    }
    let instant = yearStart + Math.floor(next() * yearLength);
    instant = instant - (instant % HOUR_MS) + Math.floor(next() * 60) * 60_000;
    let firstWritten = false;
    for (const [index, point] of standard.points.entries()) {
      if (index > 0 && next() < 0.03) break;
      if (point.optional && next() < 0.5) continue;
      // Delays between points: mostly within a day, sometimes a week or more.
      instant += Math.floor(-Math.log(1 - next()) * 30 * HOUR_MS);
      const fields: Record<string, string> = {
        case_id: `${standard.standard}-${caseNumber}`,
        standard: standard.standard,
        service,
        region: centre.region.code,
        centre: centre.id,
        control_point: point.id,
        timestamp: isoWithOffset(instant, centre.region.zone),
      };
      if (!firstWritten) for (const [name, value] of attributes) fields[name] = value;
      firstWritten = true;
      for (const survey of standard.surveys) {
        if (survey.controlPoint === point.id) fields[survey.field] = String(1 + Math.floor(next() * survey.scaleMax));
      }
      yield line(fields);
      written += 1;
    }
  }
}

/** Returns the mapping of the generated CSV, whose columns are the event fields under their own names. */
export function generatedMapping(plan: GenerationPlan): Record<string, unknown> {
  const attributes = Object.fromEntries(attributeColumns(plan).map((name) => [name, name]));
  return {
    format: 'csv',
    delimiter: ';',
    encoding: 'utf-8',
    fields: {
      caseId: 'case_id',
      standard: 'standard',
      service: 'service',
      region: 'region',
      centre: 'centre',
      controlPoint: 'control_point',
      timestamp: 'timestamp',
    },
    attributes,
  };
}
