import { indicatorDataSource } from '../../src/rules/indicator-data-source.js';
import { testRule } from './rule-cases.js';

// Indicators name their control points or form.
testRule(indicatorDataSource, {
  'valid-basic': [],
  'invalid-no-control-points': [
    { messageId: 'rules.indicator-data-source.noControlPoints', file: 'standard.yaml', line: 60, args: { indicator: 'I1', number: '1' } },
  ],
  'invalid-no-form': [
    { messageId: 'rules.indicator-data-source.noForm', file: 'standard.yaml', line: 60, args: { indicator: 'I1', number: '1' } },
  ],
});
