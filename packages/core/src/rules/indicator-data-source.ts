import { processStandards } from './process-standards.js';
import type { Rule } from './types.js';

/**
 * Every indicator names where its data come from: the control points when
 * the source is control points, the form when the source is a form.
 * Whether the named points and forms exist is `reference-resolves`' job.
 */
export const indicatorDataSource: Rule = {
  id: 'indicator-data-source',
  defaultSeverity: 'error',
  descriptionId: 'rules.indicator-data-source.description',
  messageIds: ['rules.indicator-data-source.noControlPoints', 'rules.indicator-data-source.noForm'],
  check({ index, report }) {
    for (const standard of processStandards(index)) {
      standard.data.indicators.forEach((indicator, i) => {
        const source = indicator.dataSource;
        if (source.kind === 'controlPoints' && source.controlPoints.length === 0) {
          report({ artifact: standard, path: ['indicators', i, 'dataSource', 'kind'], messageId: 'rules.indicator-data-source.noControlPoints', args: { indicator: indicator.id, number: indicator.number } });
        }
        if (source.kind === 'form' && !source.form) {
          report({ artifact: standard, path: ['indicators', i, 'dataSource', 'kind'], messageId: 'rules.indicator-data-source.noForm', args: { indicator: indicator.id, number: indicator.number } });
        }
      });
    }
  },
};
