import { indicatorEffectiveDate } from '../../src/rules/indicator-effective-date.js';
import { testRule } from './rule-cases.js';

// An indicator takes effect inside its edition.
testRule(indicatorEffectiveDate, {
  'valid-basic': [],
  'valid-later-than-edition': [],
  'invalid-after-edition': [
    { messageId: 'rules.indicator-effective-date.afterEdition', file: 'standard.yaml', line: 71, args: { indicator: 'I1', number: '1', date: '2026-01-01', editionFrom: '2025-03-01', editionTo: '2025-12-31' } },
  ],
  'invalid-before-edition': [
    { messageId: 'rules.indicator-effective-date.beforeEdition', file: 'standard.yaml', line: 70, args: { indicator: 'I1', number: '1', date: '2025-01-01', editionFrom: '2025-03-01', editionTo: null } },
  ],
});
