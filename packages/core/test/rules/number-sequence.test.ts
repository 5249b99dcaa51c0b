import { numberSequence } from '../../src/rules/number-sequence.js';
import { testRule } from './rule-cases.js';

// Numbers go in order without gaps or repeats.
testRule(numberSequence, {
  'valid-basic': [],
  'valid-upper-level-next': [],
  'invalid-indicators-from-two': [
    { messageId: 'rules.number-sequence.notFromOne', file: 'standard.yaml', line: 56, args: { number: '2' } },
  ],
  'invalid-operation-gap': [
    { messageId: 'rules.number-sequence.gap', file: 'card.yaml', line: 33, args: { number: '2.2', previous: '1.2' } },
  ],
  'invalid-procedure-repeat': [
    { messageId: 'rules.number-sequence.repeat', file: 'standard.yaml', line: 41, args: { number: '1' } },
  ],
});
