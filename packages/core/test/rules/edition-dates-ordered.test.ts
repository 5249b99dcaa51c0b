import { editionDatesOrdered } from '../../src/rules/edition-dates-ordered.js';
import { testRule } from './rule-cases.js';

// Dates of editions and acts are in order.
testRule(editionDatesOrdered, {
  'valid-basic': [],
  'valid-supersedes-earlier': [],
  'invalid-act-dates': [
    { messageId: 'rules.edition-dates-ordered.actEffectiveBeforeSigned', file: 'catalog.yaml', line: 10, args: { act: 'law-565', number: '565-ФЗ', date: '2023-12-12', effectiveFrom: '2023-01-01', repealedOn: null } },
    { messageId: 'rules.edition-dates-ordered.actRepealedBeforeEffective', file: 'catalog.yaml', line: 16, args: { act: 'order-660n', number: '660н', date: '2024-12-03', effectiveFrom: null, repealedOn: '2024-12-01' } },
  ],
  'invalid-before-approval': [
    { messageId: 'rules.edition-dates-ordered.beforeApproval', file: 'standard.yaml', line: 12, args: { standard: 'std-adaptation', from: '2024-11-01', act: 'order-660n', number: '660н', actDate: '2024-12-03' } },
  ],
  'invalid-end-before-start': [
    { messageId: 'rules.edition-dates-ordered.endBeforeStart', file: 'standard.yaml', line: 13, args: { standard: 'std-adaptation', from: '2025-03-01', to: '2025-01-31' } },
  ],
  'invalid-supersedes-later': [
    { messageId: 'rules.edition-dates-ordered.supersedesLater', file: 'standard.yaml', line: 13, args: { standard: 'std-adaptation', from: '2025-03-01', previous: 'std-old', previousFrom: '2026-01-01', previousTo: '2026-12-31' } },
  ],
  'invalid-supersedes-overlap': [
    { messageId: 'rules.edition-dates-ordered.overlap', file: 'standard.yaml', line: 13, args: { standard: 'std-adaptation', from: '2025-03-01', previous: 'std-old', previousFrom: '2024-03-01', previousTo: '2025-06-30' } },
  ],
});
