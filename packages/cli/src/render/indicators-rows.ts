import type { IndicatorReport, IndicatorValue } from '@tsmp/indicators';
import { periodLabel } from '@tsmp/indicators';

/** One output row of an indicator value with its corridor zone, shared by the table and CSV renderers. */
export interface ValueRow {
  standard: string;
  indicatorId: string;
  number: string;
  name: string;
  level: IndicatorValue['level'];
  period: string;
  region: string;
  centre: string;
  service: string;
  value: number | null;
  num: number | null;
  den: number;
  benchmark: number | undefined;
  zone: string;
}

/** Flattens the report's values into rows in output order, with the zone of each value when it has a corridor. */
export function valueRows(report: IndicatorReport): ValueRow[] {
  const zones = new Map(report.corridors.map((assessment) => [assessment.value, assessment.zone]));
  const definitions = new Map(report.definitions.map((definition) => [`${definition.standard}\u0000${definition.indicatorId}`, definition]));
  return report.values.map((value) => {
    const definition = definitions.get(`${value.standard}\u0000${value.indicatorId}`);
    return {
      standard: value.standard,
      indicatorId: value.indicatorId,
      number: definition?.number ?? '',
      name: definition?.name ?? value.indicatorId,
      level: value.level,
      period: periodLabel(value.period, report.step),
      region: value.region ?? '',
      centre: value.centre ?? '',
      service: value.service ?? '',
      value: value.value,
      num: value.num,
      den: value.den,
      benchmark: value.benchmark,
      zone: zones.get(value) ?? '',
    };
  });
}
