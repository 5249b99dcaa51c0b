import type { CaseFilter, Indicator } from '@tsmp/schema';
import { processStandards } from './process-standards.js';
import type { Rule } from './types.js';

function filterPoints(filter: CaseFilter | undefined): string[] {
  if (!filter) return [];
  return [...filter.reached, ...filter.notReached, ...(filter.within ? [filter.within.from, filter.within.to] : [])];
}

/** Lists the control points an indicator's calculation reads, in order of first use. */
export function calculationPoints(indicator: Indicator): string[] {
  const calculation = indicator.method.calculation;
  const points: string[] = [];
  switch (calculation.kind) {
    case 'count':
      points.push(...filterPoints(calculation.cases));
      break;
    case 'share':
      points.push(...filterPoints(calculation.numerator), ...filterPoints(calculation.denominator));
      break;
    case 'duration':
    case 'shareWithinDeadline':
    case 'relativeToNationalMean':
      points.push(calculation.from, calculation.to, ...filterPoints(calculation.cases));
      break;
    case 'surveyAverage':
      points.push(calculation.controlPoint);
      break;
    default:
      break;
  }
  return [...new Set(points)];
}

/**
 * When an indicator's data source is a list of control points, its
 * calculation reads only points of that list, because a regional system
 * sends the events of that list for the indicator.
 */
export const indicatorCalculationPoints: Rule = {
  id: 'indicator-calculation-points',
  defaultSeverity: 'warning',
  descriptionId: 'rules.indicator-calculation-points.description',
  messageIds: ['rules.indicator-calculation-points.unlisted'],
  check({ index, report }) {
    for (const standard of processStandards(index)) {
      standard.data.indicators.forEach((indicator, i) => {
        const source = indicator.dataSource;
        if (source.kind !== 'controlPoints' || source.controlPoints.length === 0) return;
        const listed = new Set(source.controlPoints);
        const unlisted = calculationPoints(indicator).filter((point) => !listed.has(point));
        if (unlisted.length === 0) return;
        report({
          artifact: standard,
          path: ['indicators', i, 'dataSource', 'controlPoints'],
          messageId: 'rules.indicator-calculation-points.unlisted',
          args: { indicator: indicator.id, number: indicator.number, points: unlisted.join(', '), count: unlisted.length },
        });
      });
    }
  },
};
