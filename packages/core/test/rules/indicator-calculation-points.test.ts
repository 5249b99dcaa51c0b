import { indicatorCalculationPoints } from '../../src/rules/indicator-calculation-points.js';
import { testRule } from './rule-cases.js';

// A calculation reads only control points listed in its data source.
testRule(indicatorCalculationPoints, {
  'valid-basic': [],
  'invalid-point-not-listed': [
    { messageId: 'rules.indicator-calculation-points.unlisted', file: 'standard.yaml', line: 61, args: { indicator: 'I1', number: '1', points: 'cp-concluded', count: 1 } },
  ],
});
