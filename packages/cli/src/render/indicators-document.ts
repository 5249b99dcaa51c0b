import type { IndicatorReport } from '@tsmp/indicators';
import { periodLabel } from '@tsmp/indicators';
import type { IndicatorReportInput, IndicatorReportRow } from '@tsmp/export';

type Value = IndicatorReport['values'][number];

function keyOf(value: Value): string {
  return [value.standard, value.indicatorId, value.level, value.region ?? '', value.centre ?? '', value.service ?? ''].join('|');
}

/** Direction of a value against the previous period; none when either is missing. */
function trendOf(current: number | null, before: number | null | undefined): IndicatorReportRow['trend'] {
  if (current === null || before === null || before === undefined) return undefined;
  if (current > before) return 'up';
  if (current < before) return 'down';
  return 'flat';
}

/**
 * Turns the result of `tsmp indicators` into the input of the indicator
 * report document: the values of the last period at the region and centre
 * levels, each with its corridor zone and its trend against the period before.
 */
export function indicatorReportInput(report: IndicatorReport): IndicatorReportInput {
  const periods = [...new Set(report.values.map((value) => value.period))].sort((a, b) => a - b);
  const last = periods.at(-1);
  const previous = periods.at(-2);
  const zones = new Map(report.corridors.map((assessment) => [`${keyOf(assessment.value)}|${assessment.value.period}`, assessment.zone]));
  const earlier = new Map(report.values.filter((value) => value.period === previous).map((value) => [keyOf(value), value.value]));
  const definitions = new Map(report.definitions.map((definition) => [`${definition.standard}|${definition.indicatorId}`, definition]));

  const rows: IndicatorReportRow[] = [];
  for (const value of report.values) {
    if (value.period !== last || (value.level !== 'region' && value.level !== 'centre') || value.service) continue;
    const definition = definitions.get(`${value.standard}|${value.indicatorId}`);
    if (!definition) continue;
    const trend = trendOf(value.value, earlier.get(keyOf(value)));
    rows.push({
      region: value.region ?? '',
      ...(value.level === 'centre' && value.centre ? { centre: value.centre } : {}),
      indicatorId: value.indicatorId,
      indicatorNumber: definition.number,
      indicatorName: definition.name,
      unit: definition.unit,
      value: value.value,
      ...(definition.target !== undefined ? { target: definition.target } : {}),
      corridor: zones.get(`${keyOf(value)}|${value.period}`) ?? 'none',
      ...(trend ? { trend } : {}),
    });
  }
  return { period: last === undefined ? '—' : periodLabel(last, report.step), rows };
}
