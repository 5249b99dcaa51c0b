import { techcardCoversProcedures } from '../../src/rules/techcard-covers-procedures.js';
import { testRule } from './rule-cases.js';

// A tech card has operations for every mandatory procedure.
testRule(techcardCoversProcedures, {
  'valid-basic': [],
  'valid-optional-procedure': [],
  'invalid-procedure-uncovered': [
    { messageId: 'rules.techcard-covers-procedures.uncovered', file: 'card.yaml', line: 4, args: { procedure: 'P3', number: 3, name: 'Повторная консультация', standard: 'std-adaptation' } },
  ],
  'invalid-service-procedure-uncovered': [
    { messageId: 'rules.techcard-covers-procedures.uncovered', file: 'card.yaml', line: 5, args: { procedure: 'P2', number: 2, name: 'Формирование и направление заключения', standard: 'std-adaptation' } },
  ],
});
